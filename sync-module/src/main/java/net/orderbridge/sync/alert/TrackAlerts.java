package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Turns observations into alert transitions, de-duplicated: a condition that stays true is one
 * alert (last seen and evidence move on), a condition that clears resolves it, and only a
 * transition is announced: to the log at once, and queued for each configured notifier.
 */
@ApplicationScoped
public class TrackAlerts {
  private final Alerts alerts;
  private final Notifiers notifiers;
  private final AlertLog log;

  @Inject
  public TrackAlerts(Alerts alerts, Notifiers notifiers, AlertLog log) {
    this.alerts = alerts;
    this.notifiers = notifiers;
    this.log = log;
  }

  /** For CDI's client proxy. */
  protected TrackAlerts() {
    this(null, null, null);
  }

  /** Applies one condition's observation; returns the transition it caused, if any. */
  public Optional<Alert> track(Observation seen, Instant now) {
    Optional<Alert> open = alerts.open(seen.name());
    if (!seen.holds()) {
      if (open.isEmpty()) {
        return Optional.empty();
      }
      if (open.get().state() == AlertState.PENDING) {
        alerts.discard(open.get().id());
        return Optional.empty();
      }
      return announce(alerts.resolve(open.get().id(), now), AlertState.RESOLVED);
    }
    if (open.isEmpty()) {
      boolean atOnce = seen.holdFor().isZero();
      Optional<Alert> begun =
          alerts.begin(seen, atOnce ? AlertState.FIRING : AlertState.PENDING, now);
      return atOnce ? announce(begun, AlertState.FIRING) : Optional.empty();
    }
    Alert alert = open.get();
    if (alert.state() == AlertState.PENDING
        && !now.isBefore(alert.firstSeen().plus(seen.holdFor()))) {
      return announce(
          alerts.fire(alert.id(), seen.summary(), seen.evidence(), now), AlertState.FIRING);
    }
    alerts.seen(alert.id(), seen.summary(), seen.evidence(), now);
    return Optional.empty();
  }

  /** Records a one-shot info alert once per {@code occurrence}, and announces it. */
  public Optional<Alert> occurred(Observation event, String occurrence, Instant at) {
    return announce(alerts.occurred(event, occurrence, at), AlertState.OCCURRED);
  }

  /**
   * Records a condition that held from {@code since} until {@code now} while it could not be
   * recorded (the database was away), as resolved: the firing is queued for the notifiers not in
   * {@code told}, the resolution for all.
   */
  public void recordPast(Observation held, Instant since, Instant now, Set<String> told) {
    alerts
        .begin(held, AlertState.FIRING, since)
        .ifPresent(
            fired -> {
              alerts.queue(
                  fired.id(),
                  AlertState.FIRING,
                  notifiers.configured().stream().filter(n -> !told.contains(n)).toList());
              announce(alerts.resolve(fired.id(), now), AlertState.RESOLVED);
            });
  }

  private Optional<Alert> announce(Optional<Alert> transition, AlertState event) {
    transition.ifPresent(
        alert -> {
          log.announce(alert, event);
          alerts.queue(alert.id(), event, notifiers.configured());
        });
    return transition;
  }
}
