package net.orderbridge.purchaseorder.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.orderbridge.purchaseorder.application.PurchaseOrderSummary;
import net.orderbridge.shared.domain.Page;

/** One page of orders and how many match in all. */
public record PurchaseOrderPageView(List<SummaryView> items, long total, int page, int size) {

  /** An order in a list. */
  public record SummaryView(
      String id,
      String number,
      long version,
      String supplierId,
      String state,
      boolean locked,
      Instant placedAt,
      BigDecimal untaxedTotal,
      String currency) {}

  static PurchaseOrderPageView of(Page<PurchaseOrderSummary> page) {
    return new PurchaseOrderPageView(
        page.items().stream().map(PurchaseOrderPageView::summary).toList(),
        page.total(),
        page.request().index(),
        page.request().size());
  }

  private static SummaryView summary(PurchaseOrderSummary order) {
    return new SummaryView(
        order.id().value().toString(),
        order.number().value(),
        order.version(),
        order.supplierId().value().toString(),
        order.state().name(),
        order.locked(),
        order.placedAt(),
        order.untaxedTotal().amount(),
        order.untaxedTotal().currency().value());
  }
}
