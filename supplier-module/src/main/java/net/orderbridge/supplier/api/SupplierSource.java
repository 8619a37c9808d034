package net.orderbridge.supplier.api;

import java.util.List;
import java.util.Optional;

/**
 * Where the catalogue's records come from: Odoo, read by the sync-module, which implements this
 * port as a CDI bean with its Odoo client. The supplier context never talks to Odoo itself.
 *
 * <p>Every method reads with {@code active_test=False}, so archived records come back with {@code
 * active = false} instead of vanishing; a record missing from an answer was deleted. Every method
 * throws {@link SupplierSourceUnavailableException} when Odoo can't be reached (the catalogue then
 * serves its mirror); other failures (rights, missing fields) are the implementation's to report.
 * Calls may be slow and are made outside the caller's locks, never in a loop per record.
 */
public interface SupplierSource {

  /**
   * Every vendor: partners with {@code supplier_rank > 0} plus partners named as {@code partner_id}
   * of a {@code purchase.order} or a {@code product.supplierinfo} (Odoo raises the rank for
   * neither), active and archived.
   */
  List<SupplierRecord> suppliers();

  /** One partner by id, whatever its rank or state; empty when Odoo has no such record. */
  Optional<SupplierRecord> supplier(long odooId);

  /** Every product variant with {@code purchase_ok}, active and archived. */
  List<ProductRecord> products();

  /** One variant by id, whatever its state; empty when Odoo has no such record. */
  Optional<ProductRecord> product(long odooId);

  /** Every {@code product.supplierinfo} line, active and archived. */
  List<SupplierPriceRecord> prices();

  /** One {@code product.supplierinfo} line by id; empty when Odoo has no such record. */
  Optional<SupplierPriceRecord> price(long odooId);

  /** The {@code product.supplierinfo} lines of one partner ({@code partner_id = odooId}). */
  List<SupplierPriceRecord> pricesOfSupplier(long odooId);

  /**
   * The lines that price one variant: {@code product_id = odooId}, or {@code product_id = False}
   * and {@code product_tmpl_id} its template.
   */
  List<SupplierPriceRecord> pricesOfProduct(long odooId);
}
