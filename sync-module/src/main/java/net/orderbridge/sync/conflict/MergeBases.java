package net.orderbridge.sync.conflict;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The base of the three-way merge per order: the fields both sides last agreed on. A port; the pull
 * keeps the snapshots in {@code sync.order_snapshot}.
 */
public interface MergeBases {

  Optional<SyncedFields> snapshot(UUID orderId);

  /** {@link #snapshot} of many orders in one query: those that have one, by order id. */
  Map<UUID, SyncedFields> snapshots(Collection<UUID> orderIds);

  void storeSnapshot(UUID orderId, SyncedFields fields, Instant odooWriteDate);

  /**
   * {@link #storeSnapshot} for many orders in one statement, keeping each one's Odoo {@code
   * write_date} (the push's snapshots: what both sides agreed on once the push succeeded).
   */
  void storeSnapshots(Map<UUID, SyncedFields> fields);
}
