package net.orderbridge.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One vendor price line as Odoo's {@code product.supplierinfo} has it. Odoo's {@code False} becomes
 * null ({@code productOdooId}, {@code currency}, {@code uom}, {@code writeDate}); the mirror leaves
 * out a line without a currency, with its reason.
 *
 * @param odooId {@code id}
 * @param supplierOdooId the id of {@code partner_id} ({@code name} before Odoo 16)
 * @param productOdooId the id of {@code product_id}, or null when the line names only the template:
 *     it then applies to every variant of {@code templateOdooId}
 * @param templateOdooId the id of {@code product_tmpl_id}
 * @param minQuantity {@code min_qty}, in the line's unit
 * @param price {@code price}, in {@code currency}
 * @param currency ISO code of {@code currency_id} (its name in Odoo, e.g. {@code EUR})
 * @param delayDays {@code delay}: lead time in days
 * @param uom the name of {@code product_uom_id} (19; {@code product_uom} before)
 * @param active {@code active}
 * @param writeDate {@code write_date} (UTC, to the second)
 */
public record SupplierPriceRecord(
    long odooId,
    long supplierOdooId,
    Long productOdooId,
    long templateOdooId,
    BigDecimal minQuantity,
    BigDecimal price,
    String currency,
    int delayDays,
    String uom,
    boolean active,
    Instant writeDate) {

  public SupplierPriceRecord {
    Objects.requireNonNull(minQuantity, "minQuantity");
    Objects.requireNonNull(price, "price");
  }
}
