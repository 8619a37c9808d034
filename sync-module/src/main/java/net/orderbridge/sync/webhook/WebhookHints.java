package net.orderbridge.sync.webhook;

import java.time.Instant;
import java.util.List;
import net.orderbridge.sync.pull.PullPurchaseOrders;

/**
 * The queue of hints and the realtime switch. A port: the adapter keeps both in PostgreSQL.
 *
 * <p>A record has at most one waiting hint: repeated and replayed notifications coalesce into it
 * (per model and id). A hint whose pull failed {@value #MAX_ATTEMPTS} times is parked with its
 * reason (the pull counts the failures) and waits no longer; a new hint about the same record
 * queues it again.
 */
public interface WebhookHints {
  int MAX_ATTEMPTS = PullPurchaseOrders.MAX_HINT_ATTEMPTS;

  /** What became of a hint offered to the queue. */
  enum Enqueued {
    QUEUED,
    /** The record has a waiting hint already: nothing new to do. */
    ALREADY_QUEUED,
    /** {@code maxPending} hints wait already. */
    FULL
  }

  /** Queues a hint unless the record has one waiting, or {@code maxPending} are waiting. */
  Enqueued enqueue(WebhookHint hint, int maxPending);

  /** A parked hint, as operators see it. */
  record ParkedHint(
      String model,
      long recordId,
      int attempts,
      String reason,
      Instant receivedAt,
      Instant parkedAt) {}

  List<ParkedHint> parked(int limit);

  long countParked();

  /** Deletes hints processed or parked before {@code cutoff}; how many went. */
  int deleteSettledBefore(Instant cutoff, int chunk);

  boolean realtimeEnabled();

  void switchRealtime(boolean enabled, String by);

  /**
   * The realtime switch with who turned it last and when; {@code changedBy} is null while nobody
   * has turned it (the row the migration wrote).
   */
  record RealtimeStanding(boolean enabled, String changedBy, Instant changedAt) {}

  /** The switch as {@link RealtimeStanding}; a store that keeps no history knows only the state. */
  default RealtimeStanding realtimeStanding() {
    return new RealtimeStanding(realtimeEnabled(), null, null);
  }
}
