package net.orderbridge.sync.pull;

import java.time.Instant;
import java.util.Optional;

/** What the pull keeps between runs: the cursor, the webhook hints. */
public interface PullState {

  /** Where the last applied page ended: ({@code write_date}, {@code id}). */
  record Cursor(Instant writeDate, long odooId) {}

  Optional<Cursor> cursor();

  /** Moves the cursor forward (never back). */
  void advance(Cursor to);

  /** Ids of Odoo orders of webhook hints waiting (not processed, not parked), oldest first. */
  java.util.List<Long> pendingHints(int limit);

  void hintProcessed(long odooId);

  /**
   * Counts a failed pull of the order's waiting hint; the {@code maxAttempts}th parks it with this
   * reason.
   *
   * @return true when the hint is parked now
   */
  boolean hintFailed(long odooId, String reason, int maxAttempts);
}
