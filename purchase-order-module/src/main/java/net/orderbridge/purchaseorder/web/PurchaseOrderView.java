package net.orderbridge.purchaseorder.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.orderbridge.purchaseorder.application.OrderLineDetails;
import net.orderbridge.purchaseorder.application.PurchaseOrderDetails;
import net.orderbridge.shared.event.SyncStatus;

/** A purchase order as the REST API shows it. */
public record PurchaseOrderView(
    String id,
    String number,
    long version,
    String supplierId,
    String currency,
    String notes,
    String state,
    boolean locked,
    Instant placedAt,
    List<LineView> lines,
    TotalsView totals,
    SyncView sync) {

  /** One order line. */
  public record LineView(
      String lineId,
      String productId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      LocalDate plannedDate,
      BigDecimal subtotal) {}

  /** The order's totals in its currency (before tax: taxes are Odoo's to compute). */
  public record TotalsView(BigDecimal untaxed, String currency) {}

  /** Where the order stands with Odoo. */
  public record SyncView(
      SyncStatus status, Long odooId, String odooName, Instant lastSyncedAt, String lastError) {}

  static PurchaseOrderView of(PurchaseOrderDetails order, SyncView sync) {
    return new PurchaseOrderView(
        order.id().value().toString(),
        order.number().value(),
        order.version(),
        order.supplierId().value().toString(),
        order.currency().value(),
        order.notes(),
        order.state().name(),
        order.locked(),
        order.placedAt(),
        order.lines().stream().map(PurchaseOrderView::line).toList(),
        new TotalsView(order.untaxedTotal().amount(), order.currency().value()),
        sync);
  }

  private static LineView line(OrderLineDetails line) {
    return new LineView(
        line.lineId().value().toString(),
        line.productId().value().toString(),
        line.description(),
        line.quantity().value(),
        line.unitPrice().amount(),
        line.plannedDate(),
        line.subtotal().amount());
  }
}
