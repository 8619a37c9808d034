package net.orderbridge.sync.conflict;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The base of the three-way merge per order: the fields both sides last agreed on. A port; the
 * pull's state keeps the snapshots.
 */
public interface MergeBases {

  Optional<SyncedFields> snapshot(UUID orderId);

  void storeSnapshot(UUID orderId, SyncedFields fields, Instant odooWriteDate);
}
