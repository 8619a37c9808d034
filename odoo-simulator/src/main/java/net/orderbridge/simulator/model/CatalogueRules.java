package net.orderbridge.simulator.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What the product app fills in when catalogue records are created over the API: a variant created
 * without a template gets one of its own (Odoo's {@code _inherits}), and takes its template's unit;
 * a vendor price created with only a variant takes the variant's template, and its unit from the
 * template ({@code product_uom_id}, {@code product_uom} before 19).
 */
final class CatalogueRules {
  private final Orm orm;

  CatalogueRules(Orm orm) {
    this.orm = orm;
  }

  void defaults(Env env, ModelDef def, Map<String, Object> vals) {
    if (def.name().equals("product.product")) {
      variant(env, vals);
    } else if (def.name().equals("product.supplierinfo")) {
      vendorPrice(vals);
    }
  }

  private void variant(Env env, Map<String, Object> vals) {
    Integer template = Values.toId(vals.get("product_tmpl_id"));
    if (template == null) {
      Map<String, Object> own = new HashMap<>();
      for (String field : new String[] {"name", "uom_id", "type", "list_price", "purchase_ok"}) {
        if (vals.containsKey(field)) {
          own.put(field, vals.get(field));
        }
      }
      ModelDef templates = orm.def("product.template");
      vals.put("product_tmpl_id", new Writer(orm).createOne(env, templates, own));
    } else if (!vals.containsKey("uom_id")) {
      Map<String, Object> t = orm.store().get("product.template", template);
      if (t != null && t.get("uom_id") != null) {
        vals.put("uom_id", t.get("uom_id"));
      }
    }
  }

  private void vendorPrice(Map<String, Object> vals) {
    Integer variant = Values.toId(vals.get("product_id"));
    if (variant != null && Values.toId(vals.get("product_tmpl_id")) == null) {
      Map<String, Object> p = orm.store().get("product.product", variant);
      if (p != null) {
        vals.put("product_tmpl_id", p.get("product_tmpl_id"));
      }
    }
    String uom = orm.models().schema().supplierUom();
    Integer template = Values.toId(vals.get("product_tmpl_id"));
    if (!vals.containsKey(uom) && template != null) {
      Map<String, Object> t = orm.store().get("product.template", template);
      vals.put(uom, t == null || t.get("uom_id") == null ? FieldDefaults.UNITS : t.get("uom_id"));
    }
  }
}
