package net.orderbridge.supplier.web;

import java.math.BigDecimal;
import net.orderbridge.supplier.api.SupplierPriceView;

/** One supplier price of a product in a response; amounts as JSON numbers, never rounded. */
public record PriceBreakView(
    long odooId,
    String supplierId,
    BigDecimal minQuantity,
    BigDecimal price,
    String currency,
    int delayDays,
    String uom,
    boolean active) {

  static PriceBreakView of(SupplierPriceView p) {
    return new PriceBreakView(
        p.odooId(),
        p.supplier().toString(),
        p.minQuantity().value(),
        p.price().amount(),
        p.price().currency().value(),
        p.delayDays(),
        p.uom(),
        p.active());
  }
}
