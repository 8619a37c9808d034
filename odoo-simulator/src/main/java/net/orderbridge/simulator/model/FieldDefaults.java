package net.orderbridge.simulator.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values Odoo gives a new record's fields when the caller names none (the field's {@code
 * default=}), in storage form: what {@code create} fills in and what {@code default_get} answers. A
 * product made without {@code uom_id} has "Units" (id 1) in a real Odoo 19 (the reference's {@code
 * product_create_without_uom_then_read}), so its purchase order lines have a unit.
 *
 * <p>Computed values that consume something (the order's {@code name} from its sequence) are not
 * defaults: {@code default_get} answers {@code "New"} for them, as Odoo does.
 */
final class FieldDefaults {
  static final int UNITS = 1;
  static final int COMPANY = 1;
  static final int COMPANY_CURRENCY = 1;

  private final Schema schema;

  FieldDefaults(Schema schema) {
    this.schema = schema;
  }

  /** Every default of the model, in the model's field order. */
  Map<String, Object> of(Env env, ModelDef def) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (def.name()) {
      case "res.partner" -> {
        out.put("is_company", false);
        out.put("supplier_rank", 0);
      }
      case "product.template", "product.product" -> {
        out.put("type", "consu");
        out.put("uom_id", UNITS);
        out.put("list_price", 1.0);
        out.put("standard_price", 0.0);
        out.put("purchase_ok", true);
        out.put("sale_ok", true);
      }
      case "product.supplierinfo" -> {
        out.put("sequence", 1);
        out.put("min_qty", 0.0);
        out.put("price", 0.0);
        out.put("delay", 1);
        out.put("currency_id", COMPANY_CURRENCY);
        out.put("company_id", COMPANY);
      }
      case PurchaseRules.ORDER -> {
        out.put("name", "New");
        out.put("state", "draft");
        out.put("date_order", env.now());
        out.put("company_id", COMPANY);
        out.put("currency_id", COMPANY_CURRENCY);
        out.put("user_id", env.uid());
        out.put("priority", "0");
        if (schema.v19()) {
          out.put("locked", false);
        }
      }
      case PurchaseRules.LINE -> out.put("sequence", 10);
      default -> {
        // no defaults beyond active
      }
    }
    if (def.has("active")) {
      out.put("active", true);
    }
    out.keySet().retainAll(def.fields().stream().map(Field::name).toList());
    return out;
  }

  /**
   * {@code default_get(fields_list)}: the defaults of the fields asked for, in wire form where Odoo
   * differs from storage (a many2one is its bare id; a datetime its string).
   */
  Map<String, Object> get(Env env, ModelDef def, List<?> fields) {
    Map<String, Object> all = of(env, def);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Object name : fields) {
      Object value = all.get(String.valueOf(name));
      if (value instanceof java.time.LocalDateTime dt) {
        value = Values.formatDatetime(dt);
      }
      if (value != null) {
        out.put(String.valueOf(name), value);
      }
    }
    return out;
  }
}
