package net.orderbridge.simulator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the purchase app adds to the plain ORM: defaults, computed amounts and constraints. */
public final class PurchaseRules {
  public static final String ORDER = "purchase.order";
  public static final String LINE = "purchase.order.line";

  /** The key in the store's id counters that plays Odoo's {@code ir.sequence} for orders. */
  public static final String SEQUENCE = "ir.sequence.purchase.order";

  private final Orm orm;
  private final FieldDefaults defaults;
  private final CatalogueRules catalogue;

  PurchaseRules(Orm orm) {
    this.orm = orm;
    this.defaults = new FieldDefaults(orm.models().schema());
    this.catalogue = new CatalogueRules(orm);
  }

  /** {@code default_get}: the defaults of the fields asked for. */
  public Map<String, Object> defaultGet(Env env, ModelDef def, List<?> fields) {
    return defaults.get(env, def, fields);
  }

  private Schema schema() {
    return orm.models().schema();
  }

  /** A computed value, or null when the field is stored. */
  public Object compute(String model, Map<String, Object> rec, String field) {
    if (model.equals(ORDER)) {
      return switch (field) {
        case "amount_untaxed" -> amounts(rec)[0];
        case "amount_tax" -> amounts(rec)[1];
        case "amount_total" -> amounts(rec)[2];
        case "date_planned" -> plannedDate(rec);
        case "invoice_status" -> "no";
        default -> null;
      };
    }
    if (model.equals("product.product") && field.equals("seller_ids")) {
      return sellersOfTemplate(rec.get("product_tmpl_id"));
    }
    if (model.equals("product.product") && field.equals("name")) {
      Object tmpl = rec.get("product_tmpl_id");
      Map<String, Object> t =
          tmpl == null ? null : orm.store().get("product.template", (Integer) tmpl);
      return t == null ? null : t.get("name");
    }
    if (model.equals(LINE)) {
      Map<String, Object> order = order(rec);
      return switch (field) {
        case "price_subtotal" -> lineAmounts(rec)[0];
        case "price_tax" -> lineAmounts(rec)[1];
        case "price_total" -> lineAmounts(rec)[2];
        case "product_uom_qty" -> num(rec.get("product_qty"));
        case "partner_id", "currency_id", "state", "company_id" ->
            order == null ? null : order.get(field);
        default -> null;
      };
    }
    return null;
  }

  /**
   * A variant's {@code seller_ids} are its template's (Odoo's {@code _inherits}): every vendor line
   * of the template, template-level or for any variant, in {@code product.supplierinfo}'s order
   * ({@code sequence, min_qty desc, price, id}; the reference reads Office Chair's as [18, 21,
   * 19]).
   */
  private List<Integer> sellersOfTemplate(Object template) {
    if (template == null) {
      return List.of();
    }
    return orm.store().all("product.supplierinfo").stream()
        .filter(s -> template.equals(s.get("product_tmpl_id")))
        .sorted(
            java.util.Comparator.<Map<String, Object>>comparingDouble(s -> num(s.get("sequence")))
                .thenComparing(s -> -num(s.get("min_qty")))
                .thenComparingDouble(s -> num(s.get("price")))
                .thenComparingInt(s -> (Integer) s.get("id")))
        .map(s -> (Integer) s.get("id"))
        .toList();
  }

  private Map<String, Object> order(Map<String, Object> line) {
    Object id = line.get("order_id");
    return id == null ? null : orm.store().get(ORDER, (Integer) id);
  }

  private static double num(Object v) {
    return v == null ? 0.0 : ((Number) v).doubleValue();
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  private double[] lineAmounts(Map<String, Object> line) {
    double subtotal =
        round(
            num(line.get("product_qty"))
                * num(line.get("price_unit"))
                * (1 - num(line.get("discount")) / 100.0));
    double rate = 0;
    for (Integer tax : Writer.ids(line.get(schema().lineTaxes()))) {
      Map<String, Object> t = orm.store().get("account.tax", tax);
      if (t != null && "percent".equals(t.get("amount_type"))) {
        rate += num(t.get("amount"));
      }
    }
    double tax = round(subtotal * rate / 100.0);
    return new double[] {subtotal, tax, round(subtotal + tax)};
  }

  private double[] amounts(Map<String, Object> order) {
    double untaxed = 0;
    double tax = 0;
    for (Integer id : Writer.ids(order.get("order_line"))) {
      Map<String, Object> line = orm.store().get(LINE, id);
      if (line != null) {
        double[] a = lineAmounts(line);
        untaxed += a[0];
        tax += a[1];
      }
    }
    return new double[] {round(untaxed), round(tax), round(untaxed + tax)};
  }

  private Object plannedDate(Map<String, Object> order) {
    Comparable<Object> min = null;
    for (Integer id : Writer.ids(order.get("order_line"))) {
      Map<String, Object> line = orm.store().get(LINE, id);
      @SuppressWarnings("unchecked")
      Comparable<Object> d = line == null ? null : (Comparable<Object>) line.get("date_planned");
      if (d != null && (min == null || d.compareTo(min) < 0)) {
        min = d;
      }
    }
    return min;
  }

  /** Fills in the fields' defaults and what Odoo computes on create. */
  void defaults(Env env, ModelDef def, Map<String, Object> vals) {
    defaults.of(env, def).forEach(vals::putIfAbsent);
    catalogue.defaults(env, def, vals);
    if (def.name().equals(ORDER)) {
      Object name = vals.get("name");
      if (name == null || Boolean.FALSE.equals(name) || "New".equals(name)) {
        vals.put("name", String.format("P%05d", orm.store().nextId(SEQUENCE)));
      }
    } else if (def.name().equals(LINE)) {
      new LineDefaults(orm, schema()).apply(env, vals);
    }
  }

  void beforeWrite(Env env, ModelDef def, Map<String, Object> old, Map<String, Object> vals) {
    // Odoo lets confirmed orders be edited; locking only guards cancel and deletion.
  }

  void check(Env env, ModelDef def, int id) {
    Map<String, Object> rec = orm.store().get(def.name(), id);
    if (def.name().equals(LINE)) {
      if (rec.get("display_type") != null) {
        if (rec.get("product_id") != null
            || num(rec.get("price_unit")) != 0
            || num(rec.get("product_qty")) != 0
            || rec.get(schema().lineUom()) != null
            || rec.get("date_planned") != null) {
          throw OdooError.validation(
              "The operation cannot be completed: Forbidden values on non-accountable purchase"
                  + " order line");
        }
      } else if (rec.get("product_id") == null
          || rec.get(schema().lineUom()) == null
          || rec.get("date_planned") == null) {
        throw OdooError.validation(
            "The operation cannot be completed: Missing required fields on accountable purchase"
                + " order line.");
      }
    } else if (def.name().equals("product.product")) {
      syncTemplateName(rec);
    } else if (def.name().equals("res.partner")) {
      Object parent = rec.get("parent_id");
      for (int guard = 0; parent != null && guard < 100; guard++) {
        if (parent.equals(id)) {
          throw OdooError.validation("You cannot create recursive Partner hierarchies.");
        }
        Map<String, Object> p = orm.store().get("res.partner", (Integer) parent);
        parent = p == null ? null : p.get("parent_id");
      }
    }
  }

  /** A variant's name is its template's: writing it renames the template. */
  private void syncTemplateName(Map<String, Object> product) {
    Object tmpl = product.get("product_tmpl_id");
    Map<String, Object> t =
        tmpl == null ? null : orm.store().get("product.template", (Integer) tmpl);
    Object name = product.get("name");
    if (t != null && name != null && !name.equals(t.get("name"))) {
      Map<String, Object> copy = new java.util.HashMap<>(t);
      copy.put("name", name);
      orm.store().put("product.template", (Integer) tmpl, copy);
    }
  }

  void beforeUnlink(Env env, ModelDef def, Map<String, Object> rec) {
    if (def.name().equals(ORDER) && !"cancel".equals(rec.get("state"))) {
      throw OdooError.user("In order to delete a purchase order, you must cancel it first.");
    }
    if (def.name().equals(LINE)) {
      Map<String, Object> order = order(rec);
      Object state = order == null ? null : order.get("state");
      if ("purchase".equals(state) || "done".equals(state)) {
        String label = orm.def(ORDER).field("state").label((String) state);
        throw OdooError.user(
            "Cannot delete a purchase order line which is in state \u201c" + label + "\u201d.");
      }
    }
  }

  /** Ids of the orders in the given states, in the given order. */
  List<Integer> inStates(List<Integer> ids, String... states) {
    List<Integer> out = new ArrayList<>();
    for (Integer id : ids) {
      Map<String, Object> rec = orm.store().get(ORDER, id);
      if (rec != null && List.of(states).contains(rec.get("state"))) {
        out.add(id);
      }
    }
    return out;
  }
}
