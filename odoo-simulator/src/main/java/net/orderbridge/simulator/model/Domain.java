package net.orderbridge.simulator.model;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Odoo's prefix-notation domains, compiled to a predicate over stored records. */
public final class Domain {
  private final Orm orm;

  Domain(Orm orm) {
    this.orm = orm;
  }

  /** Compiles a domain; terms are implicitly joined with {@code &}. */
  public Predicate<Map<String, Object>> compile(ModelDef def, List<?> domain) {
    Deque<Predicate<Map<String, Object>>> stack = new ArrayDeque<>();
    for (int i = domain.size() - 1; i >= 0; i--) {
      Object term = domain.get(i);
      if ("!".equals(term)) {
        stack.push(stack.pop().negate());
      } else if ("&".equals(term)) {
        stack.push(stack.pop().and(stack.pop()));
      } else if ("|".equals(term)) {
        stack.push(stack.pop().or(stack.pop()));
      } else if (term instanceof List<?> leaf && leaf.size() == 3) {
        stack.push(leaf(def, leaf));
      } else {
        throw OdooError.internal(
            "builtins.ValueError", "Invalid domain term " + PyRepr.of(term), "domain");
      }
    }
    Predicate<Map<String, Object>> all = r -> true;
    while (!stack.isEmpty()) {
      all = all.and(stack.pop());
    }
    return all;
  }

  private Predicate<Map<String, Object>> leaf(ModelDef def, List<?> leaf) {
    String path = String.valueOf(leaf.get(0));
    String op = String.valueOf(leaf.get(1)).toLowerCase();
    Object value = leaf.get(2);
    String[] parts = path.split("\\.", 2);
    Field field = def.field(parts[0]);
    if (field == null || (parts.length > 1 && field.relation() == null)) {
      throw OdooError.internal(
          "builtins.ValueError",
          "Invalid field " + def.name() + "." + path + " in condition " + PyRepr.tuple(leaf),
          "domain");
    }
    if (parts.length > 1) {
      ModelDef comodel = orm.models().get(field.relation());
      Predicate<Map<String, Object>> sub = leaf(comodel, List.of(parts[1], op, value));
      return r -> {
        for (Integer id : ids(orm.value(def, r, field.name()))) {
          Map<String, Object> other = orm.store().get(comodel.name(), id);
          if (other != null && sub.test(other)) {
            return true;
          }
        }
        return false;
      };
    }
    return r -> match(def, field, orm.value(def, r, field.name()), op, value);
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> ids(Object stored) {
    if (stored == null) {
      return List.of();
    }
    return stored instanceof List<?> l ? (List<Integer>) l : List.of((Integer) stored);
  }

  private boolean match(ModelDef def, Field f, Object stored, String op, Object value) {
    if (f.type().isX2many()) {
      List<Integer> ids = ids(stored);
      boolean negative = op.equals("!=") || op.startsWith("not");
      if (isFalse(value)) {
        return negative != ids.isEmpty();
      }
      String positive = negative ? (op.equals("!=") ? "=" : op.substring(4)) : op;
      boolean any = false;
      for (Integer id : ids) {
        any |=
            match(
                def,
                Field.rel(f.name(), FieldType.MANY2ONE, "", f.relation()),
                id,
                positive,
                value);
      }
      return negative != any;
    }
    if (f.type() == FieldType.MANY2ONE && value instanceof String && !(stored == null)) {
      stored = orm.displayName(f.relation(), (Integer) stored);
    }
    switch (op) {
      case "=":
        return eq(f, stored, value);
      case "!=":
      case "<>":
        return !eq(f, stored, value);
      case "in":
        return in(f, stored, value);
      case "not in":
        return !in(f, stored, value);
      case ">":
        return stored != null && compare(f, stored, value) > 0;
      case ">=":
        return stored != null && compare(f, stored, value) >= 0;
      case "<":
        return stored != null && compare(f, stored, value) < 0;
      case "<=":
        return stored != null && compare(f, stored, value) <= 0;
      case "like":
        return like(stored, "%" + value + "%", false);
      case "ilike":
        return like(stored, "%" + value + "%", true);
      case "not like":
        return !like(stored, "%" + value + "%", false);
      case "not ilike":
        return !like(stored, "%" + value + "%", true);
      case "=like":
        return like(stored, String.valueOf(value), false);
      case "=ilike":
        return like(stored, String.valueOf(value), true);
      default:
        throw OdooError.internal(
            "builtins.ValueError", "Invalid operator " + PyRepr.of(op), "domain");
    }
  }

  private static boolean isFalse(Object v) {
    return v == null || Boolean.FALSE.equals(v);
  }

  private boolean eq(Field f, Object stored, Object value) {
    if (isFalse(value)) {
      return stored == null || Boolean.FALSE.equals(stored);
    }
    if (stored == null) {
      return false;
    }
    return compare(f, stored, value) == 0;
  }

  private boolean in(Field f, Object stored, Object value) {
    if (!(value instanceof Collection<?> c)) {
      return eq(f, stored, value);
    }
    for (Object v : c) {
      if (eq(f, stored, v)) {
        return true;
      }
    }
    return false;
  }

  private static int compare(Field f, Object stored, Object value) {
    if (stored instanceof LocalDateTime dt) {
      return dt.compareTo(Values.parseDomainDatetime(value));
    }
    if (stored instanceof Number n && value instanceof Number v) {
      return Double.compare(n.doubleValue(), v.doubleValue());
    }
    if (stored instanceof Boolean b) {
      return Boolean.compare(
          b, Boolean.TRUE.equals(value) || (value instanceof Number n && n.intValue() != 0));
    }
    if (stored instanceof Number n) {
      try {
        return Double.compare(n.doubleValue(), Double.parseDouble(String.valueOf(value)));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return Objects.toString(stored).compareTo(Objects.toString(value));
  }

  private static boolean like(Object stored, String pattern, boolean ignoreCase) {
    if (stored == null) {
      return false;
    }
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '%') {
        re.append(".*");
      } else if (c == '_') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    return Pattern.compile(re.toString(), flags).matcher(String.valueOf(stored)).matches();
  }
}
