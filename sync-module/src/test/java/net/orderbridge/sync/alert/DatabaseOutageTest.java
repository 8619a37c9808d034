package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.fixture.MapConfig;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
  private final InMemoryAlerts alerts = new InMemoryAlerts();
  private final RecordingNotifier webhook = new RecordingNotifier("webhook");
  private final RecordingNotifier mail = new RecordingNotifier("mail");
  private final Notifiers notifiers = new Notifiers(List.of(webhook, mail));
  private final DatabaseOutage outage =
      new DatabaseOutage(
          notifiers,
          new AlertLog(),
          new TrackAlerts(alerts, notifiers, new AlertLog()),
          new AlertSettings(new MapConfig(Map.of())));

  @Test
  void anOutageIsToldOnceToEachNotifierAndRecordedAsResolvedWhenTheDatabaseAnswers() {
    mail.failing = true;
    outage.during("connection refused", T0);
    outage.during("connection refused", T0.plusSeconds(30));
    assertThat(webhook.told).containsExactly("database-unreachable FIRING");
    assertThat(mail.told).isEmpty();
    mail.failing = false;
    outage.during("connection refused", T0.plusSeconds(60));
    assertThat(mail.told).containsExactly("database-unreachable FIRING");
    assertThat(webhook.told).hasSize(1);

    outage.after(T0.plusSeconds(90));
    assertThat(alerts.rows).hasSize(1);
    Alert recorded = alerts.rows.get(0);
    assertThat(recorded.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(recorded.firstSeen()).isEqualTo(T0);
    assertThat(recorded.resolvedAt()).isEqualTo(T0.plusSeconds(90));
    assertThat(alerts.deliveries)
        .extracting(d -> d.event + " " + d.notifier)
        .containsExactlyInAnyOrder("RESOLVED webhook", "RESOLVED mail");

    outage.after(T0.plusSeconds(120));
    assertThat(alerts.rows).as("recorded once").hasSize(1);
  }
}
