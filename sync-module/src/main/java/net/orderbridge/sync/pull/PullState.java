package net.orderbridge.sync.pull;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.conflict.MergeBases;
import net.orderbridge.sync.conflict.SyncedFields;

/** What the pull keeps between runs: the cursor, the agreed snapshots, a look at the bindings. */
public interface PullState extends MergeBases {

  /** Where the last applied page ended: ({@code write_date}, {@code id}). */
  record Cursor(Instant writeDate, long odooId) {}

  Optional<Cursor> cursor();

  /** Moves the cursor forward (never back). */
  void advance(Cursor to);

  /** {@link #snapshot} of many orders in one query: those that have one, by order id. */
  Map<UUID, SyncedFields> snapshots(Collection<UUID> orderIds);

  /**
   * {@link #storeSnapshot} for many orders in one statement, keeping each one's Odoo {@code
   * write_date} (the push's snapshots: what both sides agreed on once the push succeeded).
   */
  void storeSnapshots(Map<UUID, SyncedFields> fields);

  /**
   * The local orders bound to those of these Odoo orders that have one, by Odoo id, their binding
   * rows locked for this transaction (in the order of their Odoo ids), in one query.
   */
  Map<Long, UUID> lockBoundOrders(Collection<Long> odooIds);

  /** Whether this external key (Odoo's {@code origin}) names one of our orders. */
  boolean isOurKey(String origin);

  /** Whether the order has outbox messages not yet pushed. */
  boolean pushPending(UUID orderId);

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
