package net.orderbridge.simulator.model;

import java.time.LocalDateTime;
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
    Map<String, Object> seller = order == null ? null : seller(productId, order.get("partner_id"));
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

  private Map<String, Object> seller(Integer productId, Object partnerId) {
    for (Map<String, Object> s : orm.store().all("product.supplierinfo")) {
      if (productId.equals(s.get("product_id"))
          && partnerId != null
          && partnerId.equals(s.get(schema.supplierPartnerField()))) {
        return s;
      }
    }
    return null;
  }
}
