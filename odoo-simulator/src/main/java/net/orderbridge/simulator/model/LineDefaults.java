package net.orderbridge.simulator.model;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What Odoo computes for a new order line given only {@code product_id} and {@code product_qty}:
 * description, unit, vendor price (or cost), planned date (order date plus the vendor's lead time)
 * and the product's purchase taxes.
 */
final class LineDefaults {
  private final Orm orm;
  private final Schema schema;

  LineDefaults(Orm orm, Schema schema) {
    this.orm = orm;
    this.schema = schema;
  }

  void apply(Env env, Map<String, Object> vals) {
    vals.putIfAbsent("sequence", 10);
    if (vals.get("display_type") != null && !Boolean.FALSE.equals(vals.get("display_type"))) {
      vals.putIfAbsent("product_qty", 0.0);
      vals.putIfAbsent("price_unit", 0.0);
      return;
    }
    vals.putIfAbsent("product_qty", 1.0);
    Integer productId = Values.toId(vals.get("product_id"));
    Integer orderId = Values.toId(vals.get("order_id"));
    Map<String, Object> product =
        productId == null ? null : orm.store().get("product.product", productId);
    Map<String, Object> order =
        orderId == null ? null : orm.store().get(PurchaseRules.ORDER, orderId);
    if (product == null) {
      return;
    }
    Map<String, Object> seller =
        order == null
            ? null
            : seller(product, order.get("partner_id"), num(vals.get("product_qty")));
    vals.putIfAbsent("name", orm.displayName("product.product", productId));
    vals.putIfAbsent(schema.lineUom(), product.get("uom_id"));
    if (!vals.containsKey("price_unit")) {
      vals.put("price_unit", seller != null ? seller.get("price") : product.get("standard_price"));
    }
    if (!vals.containsKey("date_planned") && order != null) {
      int delay = seller == null || seller.get("delay") == null ? 0 : (Integer) seller.get("delay");
      vals.put("date_planned", ((LocalDateTime) order.get("date_order")).plusDays(delay));
    }
    if (!vals.containsKey(schema.lineTaxes())) {
      Object taxes = product.get("supplier_taxes_id");
      vals.put(schema.lineTaxes(), List.of(List.of(6, 0, taxes == null ? List.of() : taxes)));
    }
  }

  /**
   * Odoo's {@code _select_seller}: the partner's lines for this variant or, with {@code product_id}
   * empty, for its template, whose minimum quantity the line reaches; the cheapest of them.
   */
  private Map<String, Object> seller(Map<String, Object> product, Object partnerId, double qty) {
    if (partnerId == null) {
      return null;
    }
    return orm.store().all("product.supplierinfo").stream()
        .filter(s -> partnerId.equals(s.get(schema.supplierPartnerField())))
        .filter(s -> !Boolean.FALSE.equals(s.get("active")))
        .filter(
            s ->
                s.get("product_id") == null
                    ? product.get("product_tmpl_id") != null
                        && product.get("product_tmpl_id").equals(s.get("product_tmpl_id"))
                    : s.get("product_id").equals(product.get("id")))
        .filter(s -> num(s.get("min_qty")) <= qty)
        .min(
            Comparator.<Map<String, Object>>comparingDouble(s -> num(s.get("price")))
                .thenComparingInt(s -> (Integer) s.get("id")))
        .orElse(null);
  }

  private static double num(Object v) {
    return v instanceof Number n ? n.doubleValue() : 0.0;
  }
}
