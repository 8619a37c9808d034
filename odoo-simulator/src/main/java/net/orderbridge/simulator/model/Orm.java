package net.orderbridge.simulator.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The read side of the ORM: values, display names, search, read and fields_get. */
public final class Orm {
  private final Store store;
  private final Models models;
  private final Domain domain;
  private final PurchaseRules rules;

  public Orm(Store store, Models models) {
    this.store = store;
    this.models = models;
    this.domain = new Domain(this);
    this.rules = new PurchaseRules(this);
  }

  public Store store() {
    return store;
  }

  public Models models() {
    return models;
  }

  public PurchaseRules rules() {
    return rules;
  }

  /** The stored or computed value of a field, in storage form (ids, LocalDateTime, null). */
  public Object value(ModelDef def, Map<String, Object> rec, String field) {
    if (field.equals("display_name")) {
      return displayName(def.name(), (Integer) rec.get("id"));
    }
    Object computed = rules.compute(def.name(), rec, field);
    return computed != null ? computed : rec.get(field);
  }

  public String displayName(String model, Integer id) {
    Map<String, Object> rec = id == null ? null : store.get(model, id);
    if (rec == null) {
      return "";
    }
    switch (model) {
      case "purchase.order":
        Object ref = rec.get("partner_ref");
        return ref == null ? (String) rec.get("name") : rec.get("name") + " (" + ref + ")";
      case "product.product":
      case "product.template":
        Object code = rec.get("default_code");
        return code == null ? (String) rec.get("name") : "[" + code + "] " + rec.get("name");
      case "ir.model.data":
        return rec.get("module") + "." + rec.get("name");
      default:
        Object name = rec.get("name");
        return name == null ? model + "," + id : name.toString();
    }
  }

  public ModelDef def(String model) {
    return models.get(model);
  }

  /** Searches ids; {@code limit} null means all. */
  public List<Integer> search(
      Env env, ModelDef def, List<?> dom, int offset, Integer limit, String order) {
    List<?> effective = dom == null ? List.of() : dom;
    Predicate<Map<String, Object>> p = domain.compile(def, effective);
    if (def.has("active") && env.activeTest() && !mentions(effective, "active")) {
      p = p.and(r -> !Boolean.FALSE.equals(r.get("active")));
    }
    List<Map<String, Object>> hits = new ArrayList<>();
    for (Map<String, Object> r : store.all(def.name())) {
      if (p.test(r)) {
        hits.add(r);
      }
    }
    hits.sort(comparator(def, order == null || order.isBlank() ? def.defaultOrder() : order));
    List<Integer> ids = new ArrayList<>();
    int end = limit == null ? hits.size() : Math.min(hits.size(), offset + limit);
    for (int i = offset; i < end; i++) {
      ids.add((Integer) hits.get(i).get("id"));
    }
    return ids;
  }

  private static boolean mentions(List<?> dom, String field) {
    for (Object t : dom) {
      if (t instanceof List<?> l && !l.isEmpty() && field.equals(l.get(0))) {
        return true;
      }
    }
    return false;
  }

  private Comparator<Map<String, Object>> comparator(ModelDef def, String order) {
    Comparator<Map<String, Object>> c = (a, b) -> 0;
    for (String part : order.split(",")) {
      String[] bits = part.trim().split("\\s+");
      String fname = bits[0];
      if (fname.isEmpty() || !def.has(fname)) {
        continue;
      }
      boolean desc = bits.length > 1 && bits[1].equalsIgnoreCase("desc");
      Comparator<Map<String, Object>> one =
          (a, b) -> compareValues(sortKey(def, a, fname), sortKey(def, b, fname));
      c = c.thenComparing(desc ? one.reversed() : one);
    }
    return c;
  }

  private Object sortKey(ModelDef def, Map<String, Object> r, String fname) {
    Object v = value(def, r, fname);
    Field f = def.field(fname);
    if (v instanceof Integer id && f.type() == FieldType.MANY2ONE) {
      return displayName(f.relation(), id);
    }
    return v instanceof List ? null : v;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Reads records as Odoo answers them: {@code id} first, then the fields in the order asked. */
  public List<Map<String, Object>> read(ModelDef def, List<Integer> ids, List<String> fields) {
    List<String> names = new ArrayList<>();
    if (fields == null || fields.isEmpty()) {
      def.fields().forEach(f -> names.add(f.name()));
    } else {
      for (String f : fields) {
        if (!def.has(f)) {
          throw OdooError.internal(
              "builtins.ValueError",
              "Invalid field " + PyRepr.of(f) + " on model " + PyRepr.of(def.name()),
              "read");
        }
        names.add(f);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Integer id : ids) {
      Map<String, Object> rec = store.get(def.name(), id);
      if (rec == null) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      for (String f : names) {
        if (!f.equals("id") && !f.equals("password")) {
          row.put(f, external(def.field(f), value(def, rec, f)));
        }
      }
      out.add(row);
    }
    return out;
  }

  /** The wire form of a stored value: {@code False} for empty, {@code [id, name]} for many2one. */
  public Object external(Field f, Object v) {
    switch (f.type()) {
      case INTEGER:
        return v == null ? 0 : v;
      case FLOAT:
      case MONETARY:
        return v == null ? 0.0 : ((Number) v).doubleValue();
      case BOOLEAN:
        return v != null && (Boolean) v;
      case MANY2ONE:
        return v == null ? false : List.of(v, displayName(f.relation(), (Integer) v));
      case ONE2MANY:
      case MANY2MANY:
        return v == null ? List.of() : v;
      case DATETIME:
        return v == null ? false : Values.formatDatetime((LocalDateTime) v);
      case DATE:
        return v == null ? false : ((LocalDate) v).format(Values.DATE);
      default:
        return v == null ? false : v;
    }
  }

  public Map<String, Object> fieldsGet(ModelDef def, List<String> attributes) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : def.fields()) {
      if (f.name().equals("password")) {
        continue;
      }
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("readonly", f.readonly());
      if (f.relation() != null) {
        d.put("relation", f.relation());
      }
      d.put("required", f.required());
      if (f.selection() != null) {
        d.put("selection", f.selection());
      }
      d.put("string", f.string());
      d.put("type", f.type().odooName());
      if (attributes != null && !attributes.isEmpty()) {
        d.keySet().retainAll(attributes);
      }
      out.put(f.name(), d);
    }
    return out;
  }
}
