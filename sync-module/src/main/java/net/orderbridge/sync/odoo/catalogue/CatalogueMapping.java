package net.orderbridge.sync.odoo.catalogue;

import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.sync.odoo.OdooRecord;

/**
 * Odoo's catalogue records as the supplier context's plain records. Total: whatever Odoo answers
 * ({@code false} for any empty value, a vendor price with {@code product_id = false} when it is set
 * on the template), it maps without throwing; the supplier context decides what it cannot mirror
 * and reports it.
 */
final class CatalogueMapping {
  private CatalogueMapping() {}

  static SupplierRecord supplier(OdooRecord partner) {
    return new SupplierRecord(
        partner.id(),
        partner.text("name") == null ? "#" + partner.id() : partner.text("name"),
        partner.text("email"),
        partner.text("ref"),
        partner.bool("is_company"),
        partner.integer("supplier_rank"),
        partner.bool("active"),
        partner.instant("write_date"));
  }

  static ProductRecord product(OdooRecord product) {
    Long template = product.many2oneId("product_tmpl_id");
    String uom = product.many2oneName("uom_id");
    return new ProductRecord(
        product.id(),
        template == null ? 0 : template,
        product.text("name") == null ? "#" + product.id() : product.text("name"),
        product.text("default_code"),
        uom == null ? "Units" : uom,
        product.decimal("standard_price"),
        product.decimal("list_price"),
        product.bool("purchase_ok"),
        product.bool("active"),
        product.instant("write_date"));
  }

  static SupplierPriceRecord price(OdooRecord info) {
    Long template = info.many2oneId("product_tmpl_id");
    String uom =
        info.has("product_uom_id")
            ? info.many2oneName("product_uom_id")
            : info.many2oneName("product_uom");
    String currency = info.many2oneName("currency_id");
    return new SupplierPriceRecord(
        info.id(),
        info.many2oneId("partner_id") == null ? 0 : info.many2oneId("partner_id"),
        info.many2oneId("product_id"),
        template == null ? 0 : template,
        info.decimal("min_qty"),
        info.decimal("price"),
        currency,
        info.integer("delay"),
        uom,
        !info.has("active") || info.bool("active"),
        info.instant("write_date"));
  }
}
