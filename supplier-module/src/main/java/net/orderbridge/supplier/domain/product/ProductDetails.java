package net.orderbridge.supplier.domain.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.supplier.domain.mirror.OdooSnapshot;

/**
 * What Odoo says about a product variant. {@code name} is the template's name (Odoo's {@code
 * display_name} adds the code and variant values); {@code defaultCode} is null where Odoo answers
 * {@code False}; prices are in the company currency, which Odoo does not name on the product.
 */
public record ProductDetails(
    long templateOdooId,
    String name,
    String defaultCode,
    String uom,
    BigDecimal standardPrice,
    BigDecimal listPrice,
    boolean purchasable,
    boolean active,
    Instant writeDate)
    implements OdooSnapshot {

  public ProductDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uom, "uom");
    Objects.requireNonNull(standardPrice, "standardPrice");
    Objects.requireNonNull(listPrice, "listPrice");
    if (name.isBlank()) {
      throw ApplicationProblem.invalid("name", "a product needs a name");
    }
    if (templateOdooId <= 0) {
      throw ApplicationProblem.invalid("templateOdooId", "no product template: " + templateOdooId);
    }
  }
}
