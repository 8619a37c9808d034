package net.orderbridge.sync.odoo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named arguments of an ORM method, in the order given, leaving out those that are null (and an
 * offset of 0): Odoo then applies its own default. Both transports send the same names: JSON-2 as
 * the request body, XML-RPC as {@code execute_kw}'s kwargs.
 */
public final class KeywordArguments {
  private final Map<String, Object> values = new LinkedHashMap<>();

  public static KeywordArguments of() {
    return new KeywordArguments();
  }

  public static KeywordArguments from(Map<String, Object> initial) {
    KeywordArguments args = new KeywordArguments();
    if (initial != null) {
      initial.forEach(args::with);
    }
    return args;
  }

  public KeywordArguments with(String name, Object value) {
    if (value != null && !(value instanceof Integer i && i == 0 && "offset".equals(name))) {
      values.put(name, value);
    }
    return this;
  }

  public Map<String, Object> asMap() {
    return values;
  }
}
