package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import net.orderbridge.sync.fixture.MapConfig;
import net.orderbridge.sync.push.PushSwitch;
import org.junit.jupiter.api.Test;

class MaintenanceEventsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private final AlertSettings settings = new AlertSettings(new MapConfig(Map.of()));

  private static PushSwitch standing(boolean enabled, String by, Instant at) {
    return new PushSwitch() {
      @Override
      public Standing standing() {
        return new Standing(enabled, by, at);
      }

      @Override
      public void turn(boolean enabled, String by) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Test
  void anOperatorStoppingThePushIsAnInfoEvent() {
    Observation event =
        new MaintenanceEvents(standing(false, "operator", NOW.minusSeconds(5)), settings)
            .pushSwitched(NOW)
            .orElseThrow();
    assertThat(event.name()).isEqualTo("push-stopped");
    assertThat(event.level()).isEqualTo(AlertLevel.INFO);
    assertThat(event.evidence()).containsEntry("by", "operator");
  }

  @Test
  void theSwitchAsTheMigrationWroteItOrAnOldTurnIsNoEvent() {
    assertThat(
            new MaintenanceEvents(standing(true, null, NOW.minusSeconds(5)), settings)
                .pushSwitched(NOW))
        .isEmpty();
    assertThat(
            new MaintenanceEvents(standing(true, "operator", NOW.minusSeconds(90_000)), settings)
                .pushSwitched(NOW))
        .isEmpty();
  }
}
