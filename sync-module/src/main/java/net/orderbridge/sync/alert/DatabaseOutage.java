package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code database-unreachable}, the one alert that cannot wait in the database: while PostgreSQL
 * does not answer it lives in this instance's memory, is logged and sent to each notifier directly
 * (tried again every evaluation until it got through, up to the delivery cap). Once PostgreSQL
 * answers again it is recorded there as resolved, and its resolution (and the firing, to a notifier
 * that never got it) is delivered like any other.
 */
@ApplicationScoped
public class DatabaseOutage {
  static final String NAME = "database-unreachable";
  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  private final Notifiers notifiers;
  private final AlertLog log;
  private final TrackAlerts tracker;
  private final AlertSettings settings;

  @Inject
  public DatabaseOutage(
      Notifiers notifiers, AlertLog log, TrackAlerts tracker, AlertSettings settings) {
    this.notifiers = notifiers;
    this.log = log;
    this.tracker = tracker;
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  protected DatabaseOutage() {
    this(null, null, null, null);
  }

  private Alert alert;
  private final Set<String> told = new HashSet<>();
  private int attempts;

  /** PostgreSQL did not answer at {@code now}. */
  public synchronized void during(String problem, Instant now) {
    if (alert == null) {
      alert =
          new Alert(
              0,
              NAME,
              AlertLevel.CRITICAL,
              AlertState.FIRING,
              "PostgreSQL does not answer: nothing can be pushed, pulled or recorded",
              Map.of("problem", problem),
              now,
              now,
              null);
      told.clear();
      attempts = 0;
      log.announce(alert, AlertState.FIRING);
    }
    if (attempts++ >= settings.maxDeliveryAttempts()) {
      return;
    }
    for (String name : notifiers.configured()) {
      if (!told.contains(name)) {
        try {
          notifiers.named(name).orElseThrow().send(alert, AlertState.FIRING);
          told.add(name);
        } catch (Exception failed) {
          LOG.warning(() -> "alert=" + NAME + " notifier=" + name + " delivery failed: " + failed);
        }
      }
    }
  }

  /** PostgreSQL answers at {@code now}: an outage seen before is recorded and resolved. */
  public synchronized void after(Instant now) {
    if (alert == null) {
      return;
    }
    tracker.recordPast(
        Observation.holds(NAME, AlertLevel.CRITICAL, null, alert.summary(), alert.evidence()),
        alert.firstSeen(),
        now,
        Set.copyOf(told));
    alert = null;
  }
}
