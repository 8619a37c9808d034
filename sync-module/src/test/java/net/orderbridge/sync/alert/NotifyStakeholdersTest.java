package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.fixture.MapConfig;
import org.junit.jupiter.api.Test;

class NotifyStakeholdersTest {
  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
  private final InMemoryAlerts alerts = new InMemoryAlerts();
  private final RecordingNotifier webhook = new RecordingNotifier("webhook");
  private final RecordingNotifier mail = new RecordingNotifier("mail");
  private final Notifiers notifiers = new Notifiers(List.of(webhook, mail));
  private final AlertSettings settings =
      new AlertSettings(
          new MapConfig(
              Map.of("sync.alert.interval", "PT10S", "sync.alert.delivery.max-attempts", "3")));
  private final NotifyStakeholders notify = new NotifyStakeholders(alerts, notifiers, settings);

  @Test
  void aFailingNotifierIsRetriedWithBackoffWithoutHoldingBackAnotherAndGivenUpAtTheCap() {
    webhook.failing = true;
    new TrackAlerts(alerts, notifiers, new AlertLog())
        .track(
            Observation.holds(
                "dead-letters", AlertLevel.WARNING, Duration.ZERO, "1 dead letter", Map.of()),
            T0);

    assertThat(notify.deliverDue(T0)).isEqualTo(1);
    assertThat(mail.told).containsExactly("dead-letters FIRING");
    assertThat(notify.deliverDue(T0.plusSeconds(9))).as("backing off").isZero();
    assertThat(notify.deliverDue(T0.plusSeconds(10))).isZero();
    assertThat(notify.deliverDue(T0.plusSeconds(29))).as("backoff doubled").isZero();

    webhook.failing = false;
    assertThat(notify.deliverDue(T0.plusSeconds(30))).isEqualTo(1);
    assertThat(webhook.told).containsExactly("dead-letters FIRING");
    assertThat(mail.told).as("mail was not sent twice").hasSize(1);
    assertThat(notify.deliverDue(T0.plusSeconds(3600))).isZero();
  }

  @Test
  void aNotifierThatKeepsFailingIsGivenUpAfterTheCap() {
    webhook.failing = true;
    new TrackAlerts(alerts, new Notifiers(List.of(webhook)), new AlertLog())
        .track(
            Observation.holds(
                "open-conflicts", AlertLevel.WARNING, Duration.ZERO, "11 conflicts", Map.of()),
            T0);
    for (int minute = 0; minute < 120; minute++) {
      notify.deliverDue(T0.plusSeconds(60L * minute));
    }
    assertThat(alerts.deliveries.get(0).attempts).isEqualTo(3);
    assertThat(alerts.deliveries.get(0).next).isNull();
    assertThat(alerts.deliveries.get(0).error).contains("listener down");
  }
}
