package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import net.orderbridge.sync.push.BatchSyncResult;

/**
 * The info alert {@code batch-drain-finished}: an operator's batch push ({@code POST
 * /api/sync/batch}) that claimed orders, with its counts. Only records it; the timer delivers it,
 * and a failure to record never fails the batch.
 */
@ApplicationScoped
public class BulkOperations {
  static final String BATCH_DRAIN_FINISHED = "batch-drain-finished";
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
    try {
      tracker.occurred(
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
                  "durationMillis", batch.durationMillis())),
          UUID.randomUUID().toString(),
          clock.instant());
    } catch (RuntimeException failed) {
      LOG.warning(() -> "alert=" + BATCH_DRAIN_FINISHED + " could not be recorded: " + failed);
    }
  }
}
