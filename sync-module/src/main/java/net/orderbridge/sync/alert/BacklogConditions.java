package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.conflict.SyncConflict;
import net.orderbridge.sync.conflict.SyncConflicts;
import net.orderbridge.sync.pull.PullFailures;
import net.orderbridge.sync.push.Outbox;

/**
 * The warnings read from the database: {@code oldest-pending-change}, {@code dead-letters}, {@code
 * open-conflicts} and {@code parked-pull-failures}, each with its count and the first few order ids
 * (local ids; Odoo ids for parked pulls).
 */
@ApplicationScoped
public class BacklogConditions {
  static final String OLDEST_PENDING = "oldest-pending-change";
  static final String DEAD_LETTERS = "dead-letters";
  static final String OPEN_CONFLICTS = "open-conflicts";
  static final String PARKED_PULLS = "parked-pull-failures";
  private static final int IDS = 10;

  private final Outbox outbox;
  private final SyncConflicts conflicts;
  private final PullFailures pullFailures;
  private final AlertSettings settings;
  private final Clock clock;

  @Inject
  public BacklogConditions(
      Outbox outbox,
      SyncConflicts conflicts,
      PullFailures pullFailures,
      AlertSettings settings,
      Clock clock) {
    this.outbox = outbox;
    this.conflicts = conflicts;
    this.pullFailures = pullFailures;
    this.settings = settings;
    this.clock = clock;
  }

  /** For CDI's client proxy. */
  protected BacklogConditions() {
    this(null, null, null, null, null);
  }

  public List<Observation> observe() {
    Outbox.OutboxStatistics stats = outbox.statistics();
    Duration age =
        stats.oldestPending().map(o -> Duration.between(o, clock.instant())).orElse(Duration.ZERO);
    long open = conflicts.countOpen();
    long parked = pullFailures.count();
    return List.of(
        age.compareTo(settings.oldestPendingAbove()) > 0
            ? Observation.holds(
                OLDEST_PENDING,
                AlertLevel.WARNING,
                Duration.ZERO,
                "The oldest change waiting for Odoo is " + age.toSeconds() + " s old",
                Map.of(
                    "oldestPendingAgeSeconds",
                    age.toSeconds(),
                    "backlog",
                    stats.pending(),
                    "threshold",
                    settings.oldestPendingAbove().toString()))
            : Observation.clear(OLDEST_PENDING, AlertLevel.WARNING),
        stats.dead() > settings.deadLettersAbove()
            ? Observation.holds(
                DEAD_LETTERS,
                AlertLevel.WARNING,
                Duration.ZERO,
                stats.dead() + " changes wait for an operator as dead letters",
                Map.of(
                    "deadLetters",
                    stats.dead(),
                    "orderIds",
                    outbox.deadLetters(IDS).stream()
                        .map(m -> m.orderId().toString())
                        .distinct()
                        .toList()))
            : Observation.clear(DEAD_LETTERS, AlertLevel.WARNING),
        open > settings.openConflictsAbove()
            ? Observation.holds(
                OPEN_CONFLICTS,
                AlertLevel.WARNING,
                Duration.ZERO,
                open + " conflicts wait for a person",
                Map.of(
                    "openConflicts",
                    open,
                    "orderIds",
                    conflicts.list(SyncConflict.Status.OPEN, IDS).stream()
                        .map(c -> c.orderId().toString())
                        .distinct()
                        .toList()))
            : Observation.clear(OPEN_CONFLICTS, AlertLevel.WARNING),
        parked > settings.parkedPullFailuresAbove()
            ? Observation.holds(
                PARKED_PULLS,
                AlertLevel.WARNING,
                Duration.ZERO,
                parked + " Odoo orders could not be applied and are parked",
                Map.of(
                    "parkedPullFailures",
                    parked,
                    "odooIds",
                    pullFailures.list(IDS).stream().map(PullFailures.ParkedPull::odooId).toList()))
            : Observation.clear(PARKED_PULLS, AlertLevel.WARNING));
  }
}
