package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * One evaluation: reads every condition, tracks each observation, records the info events, then
 * sends the deliveries that are due. A condition that cannot be read is skipped this time (its
 * alert stays as it is); nothing here ever throws into the timer.
 */
@ApplicationScoped
public class EvaluateAlerts {
  private static final Logger LOG = Logger.getLogger(EvaluateAlerts.class.getName());

  private final DatabaseReach database;
  private final DatabaseOutage outage;
  private final OdooConditions odoo;
  private final BacklogConditions backlog;
  private final PushErrorRate errorRate;
  private final MaintenanceEvents maintenance;
  private final TrackAlerts tracker;
  private final NotifyStakeholders notify;
  private final Clock clock;

  @Inject
  public EvaluateAlerts(
      DatabaseReach database,
      DatabaseOutage outage,
      OdooConditions odoo,
      BacklogConditions backlog,
      PushErrorRate errorRate,
      MaintenanceEvents maintenance,
      TrackAlerts tracker,
      NotifyStakeholders notify,
      Clock clock) {
    this.database = database;
    this.outage = outage;
    this.odoo = odoo;
    this.backlog = backlog;
    this.errorRate = errorRate;
    this.maintenance = maintenance;
    this.tracker = tracker;
    this.notify = notify;
    this.clock = clock;
  }

  /** For CDI's client proxy. */
  protected EvaluateAlerts() {
    this(null, null, null, null, null, null, null, null, null);
  }

  public void evaluate() {
    Instant now = clock.instant();
    String problem = database.problem();
    if (problem != null) {
      outage.during(problem, now);
      return;
    }
    safely("database outage", () -> outage.after(now));
    List<Observation> seen = new ArrayList<>();
    read("odoo", odoo::observe, seen);
    read("backlog", backlog::observe, seen);
    read("push error rate", () -> List.of(errorRate.observe(now)), seen);
    for (Observation observation : seen) {
      safely(observation.name(), () -> tracker.track(observation, now));
    }
    switched("push switch", () -> maintenance.pushSwitched(now), now);
    switched("webhook switch", () -> maintenance.webhooksSwitched(now), now);
    safely("notifiers", () -> notify.deliverDue(now));
  }

  /** A turn of a switch is one info event, keyed by the time of the turn. */
  private void switched(String what, Supplier<Optional<Observation>> turn, Instant now) {
    safely(
        what,
        () ->
            turn.get()
                .ifPresent(
                    event ->
                        tracker.occurred(event, String.valueOf(event.evidence().get("at")), now)));
  }

  private static void read(
      String what, Supplier<List<Observation>> source, List<Observation> into) {
    try {
      into.addAll(source.get());
    } catch (RuntimeException failed) {
      LOG.warning(() -> "alert conditions of " + what + " could not be read: " + failed);
    }
  }

  private static void safely(String what, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException failed) {
      LOG.warning(() -> "alert evaluation of " + what + " failed: " + failed);
    }
  }
}
