package net.orderbridge.purchaseorder.application;

import java.time.LocalDate;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLine;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLineId;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;

/** A snapshot of one order line. */
public record OrderLineDetails(
    OrderLineId lineId,
    ProductId productId,
    String description,
    Quantity quantity,
    Money unitPrice,
    LocalDate plannedDate,
    Money subtotal) {

  static OrderLineDetails of(OrderLine line) {
    return new OrderLineDetails(
        line.id(),
        line.productId(),
        line.description(),
        line.quantity(),
        line.unitPrice(),
        line.plannedDate(),
        line.subtotal());
  }
}
