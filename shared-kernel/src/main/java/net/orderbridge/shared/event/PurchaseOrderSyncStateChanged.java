package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The sync context's news about one order's standing with Odoo, so that the order's own context can
 * show it (the {@code sync} block of an order) without depending on the sync context.
 *
 * @param status the standing reported
 * @param odooId the Odoo {@code purchase.order} id, or null before the first push
 * @param odooName the Odoo order name ({@code P00042}), or null
 * @param lastSyncedAt when the order was last in step with Odoo, or null
 * @param lastError why the last attempt failed, or null
 */
public record PurchaseOrderSyncStateChanged(
    UUID orderId,
    SyncStatus status,
    Long odooId,
    String odooName,
    Instant lastSyncedAt,
    String lastError,
    Instant occurredAt) {

  public PurchaseOrderSyncStateChanged {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
