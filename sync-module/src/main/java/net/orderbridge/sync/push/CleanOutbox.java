package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Deletes settled outbox messages once they are older than {@code sync.outbox.retention} (default
 * {@code P7D}), {@code sync.outbox.cleanup.chunk-size} (1000) rows at a time, each chunk in a short
 * transaction of its own: a backlog of millions of done rows is worked off in many small deletes
 * that never hold many locks or a long transaction, and a failure loses only the current chunk.
 *
 * <p>What stays: pending messages, dead letters (they wait for an operator and are never cleaned
 * automatically), settled messages of the retention period, and always the newest settled one (the
 * status's last successful sync).
 *
 * <p>The outbox is a work queue, not the record. An order's lasting sync history is its binding
 * (which Odoo order, its state and {@code write_date}, when last in step) and its audit trail
 * ({@code GET /api/purchase-orders/{id}/audit}): every push outcome is written there as a {@code
 * SYNC_*} entry in the transaction that settles the message, and is never cleaned. {@code GET
 * /api/sync/orders/{id}} shows the binding and the messages of the retention period.
 */
@ApplicationScoped
public class CleanOutbox {
  private static final Logger LOG = Logger.getLogger(CleanOutbox.class.getName());

  private final Outbox outbox;
  private final Clock clock;
  private final PushMetrics metrics;

  private final Duration retention;

  private final int chunkSize;

  @Inject
  public CleanOutbox(Outbox outbox, Clock clock, PushMetrics metrics, PushSettings settings) {
    this.outbox = outbox;
    this.clock = clock;
    this.metrics = metrics;
    this.retention = settings == null ? null : settings.outboxRetention();
    this.chunkSize = settings == null ? 1 : settings.outboxCleanupChunkSize();
  }

  /** For CDI's client proxy. */
  protected CleanOutbox() {
    this(null, null, null, null);
  }

  /** Deletes every settled message older than the retention; returns how many. */
  public long clean() {
    Instant cutoff = clock.instant().minus(retention);
    int chunk = Math.max(1, chunkSize);
    long total = 0;
    int chunks = 0;
    int deleted;
    do {
      deleted = outbox.deleteDone(cutoff, chunk);
      total += deleted;
      chunks++;
      metrics.outboxCleaned(deleted);
    } while (deleted == chunk);
    if (total > 0) {
      long count = total;
      int rounds = chunks;
      LOG.info(
          () ->
              "Outbox clean-up: "
                  + count
                  + " settled message(s) older than "
                  + cutoff
                  + " deleted in "
                  + rounds
                  + " chunk(s)");
    }
    return total;
  }

  /** How long settled messages are kept. */
  public Duration retention() {
    return retention;
  }
}
