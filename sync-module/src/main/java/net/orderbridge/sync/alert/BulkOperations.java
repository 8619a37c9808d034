package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import net.orderbridge.sync.pull.ImportRunFinished;
import net.orderbridge.sync.push.BatchSyncResult;
import net.orderbridge.sync.push.DeadLettersRetried;

/**
 * The info alerts of bulk operations: {@code batch-drain-finished}, an operator's batch push
 * ({@code POST /api/sync/batch}) that claimed orders, with its counts; {@code
 * dead-letters-retried}, an operator's retry of all dead letters (or all of one error type) that
 * put any back in line; {@code import-run-finished}, a poll that imported orders made in Odoo. Only
 * records them; the timer delivers it, and a failure to record never fails the batch.
 */
@ApplicationScoped
public class BulkOperations {
  static final String BATCH_DRAIN_FINISHED = "batch-drain-finished";
  static final String DEAD_LETTERS_RETRIED = "dead-letters-retried";
  static final String IMPORT_RUN_FINISHED = "import-run-finished";
  private static final Logger LOG = Logger.getLogger(BulkOperations.class.getName());

  private final TrackAlerts tracker;
  private final Clock clock;

  @Inject
  public BulkOperations(TrackAlerts tracker, Clock clock) {
    this.tracker = tracker;
    this.clock = clock;
  }

  /** For CDI's client proxy. */
  protected BulkOperations() {
    this(null, null);
  }

  void batchDrained(@Observes BatchSyncResult batch) {
    if (batch.claimed() == 0) {
      return;
    }
    record(
        Observation.holds(
            BATCH_DRAIN_FINISHED,
            AlertLevel.INFO,
            Duration.ZERO,
            "A batch push of "
                + batch.claimed()
                + " orders finished: "
                + batch.synced()
                + " synced, "
                + batch.failed()
                + " failed",
            Map.of(
                "claimed", batch.claimed(),
                "synced", batch.synced(),
                "retrying", batch.retrying(),
                "deferred", batch.deferred(),
                "failed", batch.failed(),
                "conflicts", batch.conflicts(),
                "durationMillis", batch.durationMillis())));
  }

  void deadLettersRetried(@Observes DeadLettersRetried retry) {
    Map<String, Object> evidence = new java.util.LinkedHashMap<>();
    evidence.put("retried", retry.retried());
    evidence.put("errorType", retry.errorType() == null ? "all" : retry.errorType());
    record(
        Observation.holds(
            DEAD_LETTERS_RETRIED,
            AlertLevel.INFO,
            Duration.ZERO,
            retry.retried() + " dead letters were put back in line for the push",
            evidence));
  }

  void importRunFinished(@Observes ImportRunFinished run) {
    Map<String, Object> evidence = new java.util.LinkedHashMap<>();
    evidence.put("read", run.read());
    evidence.put("imported", run.imported());
    evidence.put("applied", run.applied());
    evidence.put("conflicts", run.conflicts());
    evidence.put("skipped", run.skipped());
    evidence.put("failed", run.failed());
    evidence.put("durationMillis", run.durationMillis());
    record(
        Observation.holds(
            IMPORT_RUN_FINISHED,
            AlertLevel.INFO,
            Duration.ZERO,
            "A poll imported "
                + run.imported()
                + " orders made in Odoo ("
                + run.read()
                + " read, "
                + run.failed()
                + " failed)",
            evidence));
  }

  private void record(Observation seen) {
    try {
      tracker.occurred(seen, UUID.randomUUID().toString(), clock.instant());
    } catch (RuntimeException failed) {
      LOG.warning(() -> "alert=" + seen.name() + " could not be recorded: " + failed);
    }
  }
}
