package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;

/** Small builders for orders and lines in a given state. */
final class OrderFixtures {

  static final CurrencyCode EUR = CurrencyCode.of("EUR");
  static final SupplierId SUPPLIER = SupplierId.random();
  static final LocalDate PLANNED = LocalDate.of(2026, 12, 1);
  static final Instant PLACED_AT = Instant.parse("2026-11-26T12:00:00Z");

  private OrderFixtures() {}

  static OrderLineSpec line(String quantity, String unitPrice) {
    return OrderLineSpec.newLine(
        ProductId.random(), "Dog food 10 kg", Quantity.of(quantity), eur(unitPrice), PLANNED);
  }

  static OrderLineSpec restating(OrderLine line, String quantity, String unitPrice) {
    return new OrderLineSpec(
        line.id(),
        line.productId(),
        line.description(),
        Quantity.of(quantity),
        eur(unitPrice),
        line.plannedDate());
  }

  static Money eur(String amount) {
    return new Money(new java.math.BigDecimal(amount), EUR);
  }

  static OrderTerms terms() {
    return new OrderTerms(SUPPLIER, EUR, "deliver to the back door");
  }

  static PurchaseOrder draftWith(OrderLineSpec... lines) {
    return PurchaseOrder.place(
        PurchaseOrderId.random(),
        PurchaseOrderNumber.fromSequence(123),
        terms(),
        new ArrayList<>(List.of(lines)),
        PLACED_AT);
  }

  static PurchaseOrder draft() {
    return draftWith(line("2", "10.00"));
  }

  static PurchaseOrder emptyDraft() {
    return draftWith();
  }

  static PurchaseOrder sent() {
    PurchaseOrder order = draft();
    order.markSent();
    return order;
  }

  static PurchaseOrder toApprove() {
    PurchaseOrder order = draft();
    order.applyRemoteState(PurchaseOrderState.TO_APPROVE, false);
    return order;
  }

  static PurchaseOrder confirmed() {
    PurchaseOrder order = draft();
    order.confirm();
    return order;
  }

  static PurchaseOrder locked() {
    PurchaseOrder order = confirmed();
    order.lock();
    return order;
  }

  static PurchaseOrder cancelled() {
    PurchaseOrder order = draft();
    order.cancel();
    return order;
  }
}
