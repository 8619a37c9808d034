package net.orderbridge.supplier.api;

import java.util.Objects;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;

/**
 * One price break of a supplier for a product: from {@code minQuantity} (in {@code uom}) on, the
 * unit price is {@code price}, delivered {@code delayDays} days after the order.
 *
 * @param uom null when Odoo names none (the product's unit applies)
 */
public record SupplierPriceView(
    long odooId,
    SupplierId supplier,
    Quantity minQuantity,
    Money price,
    int delayDays,
    String uom,
    boolean active) {

  public SupplierPriceView {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(minQuantity, "minQuantity");
    Objects.requireNonNull(price, "price");
  }
}
