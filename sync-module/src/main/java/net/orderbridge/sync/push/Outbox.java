package net.orderbridge.sync.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox as the push worker uses it. Claims are safe across instances sharing one
 * database: at most one worker holds an order's messages at a time, and an order's messages are
 * pushed in order (only an order whose oldest pending message is due can be claimed).
 */
public interface Outbox {

  /**
   * Claims up to {@code limit} orders whose oldest pending message is due and not leased, with all
   * their pending messages, for {@code lease}. Commits on its own.
   */
  List<OutboxClaim> claim(int limit, Duration lease);

  /** Marks the claimed messages of these claims done, in one statement. */
  void completeAll(Collection<OutboxClaim> claims);

  /** Releases the claim for a later attempt; {@code countAttempt} adds one failed attempt. */
  void retryLater(
      OutboxClaim claim, Instant dueAt, boolean countAttempt, String type, String error);

  /** Gives up on the claimed messages: they wait for an operator. */
  void deadLetter(OutboxClaim claim, String type, String error);

  /**
   * Makes the pending messages that wait out a transient failure's backoff due now; returns how
   * many. For when Odoo answers again after an outage: the orders it held back need not wait.
   */
  int transientDueNow();

  /** Puts a dead message back in line; false when there is no such dead message. */
  Optional<UUID> revive(long messageId);

  /**
   * Puts every dead message back in line, or those of one error type ({@code PERMANENT} after a
   * refused key was replaced, say); returns how many.
   */
  List<UUID> reviveAll(Optional<String> errorType);

  /**
   * Claims one order now (an operator's push): its pending messages become due, or a {@code MANUAL}
   * message is added when it has none. Empty when another worker holds the order.
   */
  Optional<OutboxClaim> claimOrder(UUID orderId, Duration lease);

  /**
   * Deletes up to {@code limit} settled ({@code DONE}) messages processed before {@code
   * processedBefore}, oldest first, in a transaction of its own; returns how many. Pending and dead
   * messages are never touched, nor the newest settled message (it dates the last successful sync).
   * Safe to run on several instances at once: each takes rows the others have not locked.
   */
  int deleteDone(Instant processedBefore, int limit);

  List<OutboxMessage> history(UUID orderId);

  List<OutboxMessage> deadLetters(int limit);

  OutboxStatistics statistics();

  /** What operators want to know about the queue. */
  record OutboxStatistics(
      long pending,
      long retrying,
      long dead,
      Optional<Instant> oldestPending,
      Optional<Instant> lastDone) {}
}
