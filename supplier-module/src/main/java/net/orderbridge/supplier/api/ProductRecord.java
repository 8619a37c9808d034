package net.orderbridge.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A product variant as Odoo's {@code product.product} has it. Odoo's {@code False} becomes null
 * ({@code defaultCode}, {@code writeDate}).
 *
 * @param odooId {@code id}
 * @param templateOdooId the id of {@code product_tmpl_id}
 * @param name the template's name ({@code product_tmpl_id}'s name, or {@code name}), not {@code
 *     display_name}
 * @param defaultCode {@code default_code}
 * @param uom the name of {@code uom_id} (e.g. {@code Units})
 * @param standardPrice {@code standard_price}, in the company currency
 * @param listPrice {@code list_price}, in the company currency
 * @param purchasable {@code purchase_ok}
 * @param active {@code active}; archived variants come with false
 * @param writeDate {@code write_date} (UTC, to the second)
 */
public record ProductRecord(
    long odooId,
    long templateOdooId,
    String name,
    String defaultCode,
    String uom,
    BigDecimal standardPrice,
    BigDecimal listPrice,
    boolean purchasable,
    boolean active,
    Instant writeDate) {

  public ProductRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uom, "uom");
    Objects.requireNonNull(standardPrice, "standardPrice");
    Objects.requireNonNull(listPrice, "listPrice");
  }
}
