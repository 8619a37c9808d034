package net.orderbridge.purchaseorder.application;

import java.time.Instant;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderNumber;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.SupplierId;

/** An order as a search lists it, without its lines. */
public record PurchaseOrderSummary(
    PurchaseOrderId id,
    PurchaseOrderNumber number,
    long version,
    SupplierId supplierId,
    PurchaseOrderState state,
    boolean locked,
    Instant placedAt,
    Money untaxedTotal) {

  static PurchaseOrderSummary of(PurchaseOrder order) {
    return new PurchaseOrderSummary(
        order.id(),
        order.number(),
        order.version(),
        order.supplierId(),
        order.state(),
        order.isLocked(),
        order.placedAt(),
        order.untaxedTotal());
  }
}
