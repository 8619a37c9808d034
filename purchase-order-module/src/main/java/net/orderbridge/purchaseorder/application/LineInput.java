package net.orderbridge.purchaseorder.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLineId;
import net.orderbridge.shared.domain.ProductId;

/**
 * One line as a client gives it. {@code lineId} names an existing line when revising (null adds a
 * line); a null {@code unitPrice} is taken from the supplier's price list; a null {@code
 * plannedDate} means today. The other parts are checked by the use case, naming the field.
 */
public record LineInput(
    OrderLineId lineId,
    ProductId productId,
    BigDecimal quantity,
    BigDecimal unitPrice,
    LocalDate plannedDate) {

  public static LineInput newLine(
      ProductId productId, BigDecimal quantity, BigDecimal unitPrice, LocalDate plannedDate) {
    return new LineInput(null, productId, quantity, unitPrice, plannedDate);
  }
}
