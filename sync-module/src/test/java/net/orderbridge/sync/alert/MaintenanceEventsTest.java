package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import net.orderbridge.sync.fixture.InMemoryWebhookHints;
import net.orderbridge.sync.fixture.MapConfig;
import net.orderbridge.sync.push.PushSwitch;
import net.orderbridge.sync.webhook.WebhookHints;
import org.junit.jupiter.api.Test;

class MaintenanceEventsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private final AlertSettings settings = new AlertSettings(new MapConfig(Map.of()));

  private static PushSwitch pushStanding(boolean enabled, String by, Instant at) {
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
        new MaintenanceEvents(pushStanding(false, "operator", NOW.minusSeconds(5)), null, settings)
            .pushSwitched(NOW)
            .orElseThrow();
    assertThat(event.name()).isEqualTo("push-stopped");
    assertThat(event.level()).isEqualTo(AlertLevel.INFO);
    assertThat(event.evidence()).containsEntry("by", "operator");
  }

  @Test
  void theSwitchAsTheMigrationWroteItOrAnOldTurnIsNoEvent() {
    assertThat(
            new MaintenanceEvents(pushStanding(true, null, NOW.minusSeconds(5)), null, settings)
                .pushSwitched(NOW))
        .isEmpty();
    assertThat(
            new MaintenanceEvents(
                    pushStanding(true, "operator", NOW.minusSeconds(90_000)), null, settings)
                .pushSwitched(NOW))
        .isEmpty();
  }

  private static WebhookHints realtime(boolean enabled, String by, Instant at) {
    return new InMemoryWebhookHints() {
      @Override
      public RealtimeStanding realtimeStanding() {
        return new RealtimeStanding(enabled, by, at);
      }
    };
  }

  @Test
  void anOperatorSwitchingWebhooksOffOrOnIsAnInfoEvent() {
    Observation off =
        new MaintenanceEvents(null, realtime(false, "operator", NOW.minusSeconds(5)), settings)
            .webhooksSwitched(NOW)
            .orElseThrow();
    assertThat(off.name()).isEqualTo("webhooks-switched-off");
    assertThat(off.level()).isEqualTo(AlertLevel.INFO);
    assertThat(off.evidence()).containsEntry("by", "operator").containsEntry("enabled", "false");

    assertThat(
            new MaintenanceEvents(null, realtime(true, "operator", NOW.minusSeconds(5)), settings)
                .webhooksSwitched(NOW)
                .orElseThrow()
                .name())
        .isEqualTo("webhooks-switched-on");
  }

  @Test
  void theRealtimeSwitchNobodyTurnedIsNoEvent() {
    assertThat(
            new MaintenanceEvents(null, realtime(true, null, NOW.minusSeconds(5)), settings)
                .webhooksSwitched(NOW))
        .isEmpty();
    assertThat(
            new MaintenanceEvents(null, new InMemoryWebhookHints(), settings).webhooksSwitched(NOW))
        .isEmpty();
  }
}
