package net.orderbridge.supplier.api;

import java.util.Objects;
import java.util.Set;

/**
 * Odoo changed (created, wrote, archived or deleted) one catalogue record. The sync-module fires it
 * as a CDI event when its poller or a webhook sees the change; the supplier context then re-reads
 * the record through {@link SupplierSource}, updates its mirror and drops the entry from the caches
 * of every instance. The event carries no data: never apply a webhook payload as data.
 *
 * @param kind {@value #SUPPLIER} ({@code res.partner}), {@value #PRODUCT} ({@code product.product})
 *     or {@value #PRICE} ({@code product.supplierinfo})
 * @param odooId the record's Odoo id
 */
public record CatalogueRecordChanged(String kind, long odooId) {

  public static final String SUPPLIER = "supplier";
  public static final String PRODUCT = "product";
  public static final String PRICE = "price";
  private static final Set<String> KINDS = Set.of(SUPPLIER, PRODUCT, PRICE);

  public CatalogueRecordChanged {
    Objects.requireNonNull(kind, "kind");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind is one of " + KINDS + ", not " + kind);
    }
    if (odooId <= 0) {
      throw new IllegalArgumentException("Odoo ids are positive: " + odooId);
    }
  }
}
