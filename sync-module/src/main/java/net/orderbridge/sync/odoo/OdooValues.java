package net.orderbridge.sync.odoo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings values decoded by either transport to the port's types without changing what they say:
 * arrays become {@code List}, structs {@code LinkedHashMap} (keeping Odoo's field order), integers
 * {@code Long}, floats {@code Double}. {@code false} stays {@code false}: Odoo uses it for "empty"
 * in every field type, and only a mapper knows the field's type.
 */
public final class OdooValues {
  private OdooValues() {}

  public static Object normalise(Object value) {
    if (value instanceof Object[] array) {
      return normalise(Arrays.asList(array));
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(normalise(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
      return out;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> record(Object result) {
    if (result instanceof Map<?, ?>) {
      return (Map<String, Object>) result;
    }
    throw unexpected("a struct", result);
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> records(Object result) {
    List<Object> list = list(result);
    for (Object o : list) {
      if (!(o instanceof Map)) {
        throw unexpected("a list of records", result);
      }
    }
    return (List<Map<String, Object>>) (List<?>) list;
  }

  public static List<Long> ids(Object result) {
    List<Long> ids = new ArrayList<>();
    for (Object o : list(result)) {
      ids.add(longValue(o));
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object result) {
    if (result instanceof List<?>) {
      return (List<Object>) result;
    }
    throw unexpected("a list", result);
  }

  public static long longValue(Object result) {
    if (result instanceof Long l) {
      return l;
    }
    throw unexpected("an integer", result);
  }

  public static boolean booleanValue(Object result) {
    if (result instanceof Boolean b) {
      return b;
    }
    throw unexpected("a boolean", result);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Map<String, Object>> fields(Object result) {
    if (result instanceof Map<?, ?> map && map.values().stream().allMatch(v -> v instanceof Map)) {
      return (Map<String, Map<String, Object>>) result;
    }
    throw unexpected("a map of field descriptions", result);
  }

  private static OdooProtocolException unexpected(String expected, Object actual) {
    String type = actual == null ? "null" : actual.getClass().getSimpleName();
    return new OdooProtocolException(
        null, "Odoo answered " + type + " where " + expected + " was due");
  }
}
