package net.orderbridge.supplier.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.orderbridge.supplier.api.ProductView;

/** A product in a response, with its local id, its Odoo id and its supplier prices. */
public record ProductItemView(
    String id,
    long odooId,
    String name,
    String defaultCode,
    String uom,
    BigDecimal standardPrice,
    BigDecimal listPrice,
    boolean purchasable,
    boolean active,
    List<PriceBreakView> prices,
    Instant refreshedAt,
    boolean stale) {

  static ProductItemView of(ProductView v) {
    return new ProductItemView(
        v.id().toString(),
        v.odooId(),
        v.name(),
        v.defaultCode(),
        v.uom(),
        v.standardPrice(),
        v.listPrice(),
        v.purchasable(),
        v.active(),
        v.prices().stream().map(PriceBreakView::of).toList(),
        v.refreshedAt(),
        v.stale());
  }
}
