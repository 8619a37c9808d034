package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackAlertsTest {
  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
  private final InMemoryAlerts alerts = new InMemoryAlerts();
  private final TrackAlerts tracker =
      new TrackAlerts(
          alerts, new Notifiers(List.of(new RecordingNotifier("webhook"))), new AlertLog());

  private static Observation deadLetters(long count) {
    return Observation.holds(
        "dead-letters",
        AlertLevel.WARNING,
        Duration.ZERO,
        count + " dead letters",
        Map.of("deadLetters", count));
  }

  private List<String> queued() {
    return alerts.deliveries.stream().map(d -> d.alertId + " " + d.event).toList();
  }

  @Test
  void aConditionThatStaysTrueIsOneFiringAlertAnnouncedOnce() {
    assertThat(tracker.track(deadLetters(1), T0)).isPresent();
    assertThat(tracker.track(deadLetters(2), T0.plusSeconds(30))).isEmpty();
    assertThat(tracker.track(deadLetters(3), T0.plusSeconds(60))).isEmpty();

    assertThat(alerts.rows).hasSize(1);
    Alert alert = alerts.rows.get(0);
    assertThat(alert.state()).isEqualTo(AlertState.FIRING);
    assertThat(alert.firstSeen()).isEqualTo(T0);
    assertThat(alert.lastSeen()).isEqualTo(T0.plusSeconds(60));
    assertThat(alert.evidence()).containsEntry("deadLetters", 3L);
    assertThat(queued()).containsExactly("1 FIRING");
  }

  @Test
  void aConditionThatClearsResolvesItsAlertOnceAndAFreshOneFiresAnew() {
    tracker.track(deadLetters(1), T0);
    assertThat(
            tracker.track(
                Observation.clear("dead-letters", AlertLevel.WARNING), T0.plusSeconds(30)))
        .hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(AlertState.RESOLVED));
    assertThat(
            tracker.track(
                Observation.clear("dead-letters", AlertLevel.WARNING), T0.plusSeconds(60)))
        .isEmpty();

    assertThat(alerts.row(1).state()).isEqualTo(AlertState.RESOLVED);
    assertThat(alerts.row(1).resolvedAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(queued()).containsExactly("1 FIRING", "1 RESOLVED");

    tracker.track(deadLetters(4), T0.plusSeconds(90));
    assertThat(alerts.rows).hasSize(2);
    assertThat(alerts.row(2).state()).isEqualTo(AlertState.FIRING);
    assertThat(queued()).containsExactly("1 FIRING", "1 RESOLVED", "2 FIRING");
  }

  @Test
  void aConditionFiresOnlyOnceItHeldForItsHoldTime() {
    Observation down =
        Observation.holds(
            "odoo-unreachable",
            AlertLevel.CRITICAL,
            Duration.ofMinutes(2),
            "Odoo does not answer",
            Map.of());
    tracker.track(down, T0);
    tracker.track(down, T0.plusSeconds(60));
    assertThat(alerts.row(1).state()).isEqualTo(AlertState.PENDING);
    assertThat(queued()).isEmpty();

    tracker.track(Observation.clear("odoo-unreachable", AlertLevel.CRITICAL), T0.plusSeconds(90));
    assertThat(alerts.rows).as("a blip is forgotten, never announced").isEmpty();

    tracker.track(down, T0.plusSeconds(100));
    tracker.track(down, T0.plusSeconds(219));
    assertThat(queued()).isEmpty();
    assertThat(tracker.track(down, T0.plusSeconds(220))).isPresent();
    assertThat(alerts.open("odoo-unreachable").orElseThrow().state()).isEqualTo(AlertState.FIRING);
    assertThat(queued()).hasSize(1);
  }

  @Test
  void anInfoEventIsRecordedOncePerOccurrence() {
    Observation stopped =
        Observation.holds("push-stopped", AlertLevel.INFO, null, "stopped by ops", Map.of());
    assertThat(tracker.occurred(stopped, "2026-12-07T09:59:00Z", T0)).isPresent();
    assertThat(tracker.occurred(stopped, "2026-12-07T09:59:00Z", T0.plusSeconds(30))).isEmpty();
    assertThat(tracker.occurred(stopped, "2026-12-07T10:05:00Z", T0.plusSeconds(300))).isPresent();

    assertThat(alerts.rows).extracting(Alert::state).containsOnly(AlertState.OCCURRED);
    assertThat(queued()).containsExactly("1 OCCURRED", "2 OCCURRED");
  }
}
