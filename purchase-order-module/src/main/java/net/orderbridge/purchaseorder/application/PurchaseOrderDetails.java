package net.orderbridge.purchaseorder.application;

import java.time.Instant;
import java.util.List;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderNumber;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.SupplierId;

/**
 * A snapshot of a whole order, taken inside the transaction. {@code version} is what a client sends
 * back to revise it.
 */
public record PurchaseOrderDetails(
    PurchaseOrderId id,
    PurchaseOrderNumber number,
    long version,
    SupplierId supplierId,
    CurrencyCode currency,
    String notes,
    PurchaseOrderState state,
    boolean locked,
    Instant placedAt,
    List<OrderLineDetails> lines,
    Money untaxedTotal) {

  public PurchaseOrderDetails {
    lines = List.copyOf(lines);
  }

  static PurchaseOrderDetails of(PurchaseOrder order) {
    return new PurchaseOrderDetails(
        order.id(),
        order.number(),
        order.version(),
        order.supplierId(),
        order.currency(),
        order.notes().orElse(null),
        order.state(),
        order.isLocked(),
        order.placedAt(),
        order.lines().stream().map(OrderLineDetails::of).toList(),
        order.untaxedTotal());
  }
}
