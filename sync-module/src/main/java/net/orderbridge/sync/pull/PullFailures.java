package net.orderbridge.sync.pull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;

/**
 * Odoo orders the pull read but could not apply (a mapping failure, notes over the limit, any
 * refusal of the local order): parked with the reason, retried with backoff by the timer and on an
 * operator's request, until an apply succeeds. Without this, the overlap window read such an order
 * a few times and then the cursor left it behind, silently. A port: the adapter keeps it in {@code
 * sync.pull_failure}.
 */
public interface PullFailures {

  /**
   * One parked order.
   *
   * @param writeDate the {@code write_date} of the version that failed last
   * @param attempts failed applies so far
   */
  record ParkedPull(
      long odooId,
      Instant writeDate,
      int attempts,
      String reason,
      Instant firstFailedAt,
      Instant lastFailedAt,
      Instant nextAttemptAt) {

    /** Whether a poll reading this version again should leave it to the retry. */
    boolean waitsAt(RemoteOrder order, Instant now) {
      return writeDate.equals(order.writeDate()) && nextAttemptAt.isAfter(now);
    }
  }

  /**
   * Parks the order, or counts one more failure of a parked one; the next attempt is at {@code
   * next}.
   */
  void park(long odooId, Instant writeDate, String reason, int attempts, Instant next);

  /** The parked ones among these orders, by Odoo id. */
  Map<Long, ParkedPull> find(Collection<Long> odooIds);

  default Optional<ParkedPull> find(long odooId) {
    return Optional.ofNullable(find(List.of(odooId)).get(odooId));
  }

  /** Un-parks orders that were applied (or that Odoo no longer has). */
  void resolve(Collection<Long> odooIds);

  /** Parked orders whose next attempt is due, soonest first. */
  List<ParkedPull> due(Instant now, int limit);

  /** Parked orders, most recent failure first. */
  List<ParkedPull> list(int limit);

  long count();
}
