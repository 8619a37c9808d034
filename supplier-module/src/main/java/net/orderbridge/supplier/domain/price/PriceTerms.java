package net.orderbridge.supplier.domain.price;

import java.time.Instant;
import java.util.Objects;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.supplier.domain.mirror.OdooSnapshot;

/**
 * What one Odoo {@code product.supplierinfo} says, with its partner and product already resolved to
 * local ids. {@code productOdooId} (the variant's Odoo id) is null when the line names only the
 * template ({@code product_id} is {@code False}): it then applies to every variant of {@code
 * templateOdooId}. {@code minQuantity} and {@code uom} are in the line's own unit ({@code
 * product_uom_id} in Odoo 19, {@code product_uom} before).
 */
public record PriceTerms(
    SupplierId supplier,
    Long productOdooId,
    long templateOdooId,
    Quantity minQuantity,
    Money price,
    int delayDays,
    String uom,
    boolean active,
    Instant writeDate)
    implements OdooSnapshot {

  public PriceTerms {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(minQuantity, "minQuantity");
    Objects.requireNonNull(price, "price");
    if (price.isNegative()) {
      throw ApplicationProblem.invalid("price", "a supplier price cannot be negative: " + price);
    }
    if (delayDays < 0) {
      throw ApplicationProblem.invalid("delay", "a lead time cannot be negative: " + delayDays);
    }
    if (templateOdooId <= 0) {
      throw ApplicationProblem.invalid("templateOdooId", "no product template: " + templateOdooId);
    }
  }
}
