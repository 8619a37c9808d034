package net.orderbridge.purchaseorder.domain.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audit trail's store: entries are only ever added, never changed or removed. */
public interface AuditEntries {
  /** Adds {@code entry} in the caller's transaction. */
  void add(AuditEntry entry);

  /** The order's last {@code limit} entries, oldest first, with their changes. */
  List<AuditEntry> latestOf(UUID orderId, int limit);

  /** The actor of the order's {@code PLACED} entry; empty for an order made in Odoo. */
  Optional<String> placedBy(UUID orderId);
}
