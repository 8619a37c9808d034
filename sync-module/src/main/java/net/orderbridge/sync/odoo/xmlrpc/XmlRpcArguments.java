package net.orderbridge.sync.odoo.xmlrpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.odoo.OdooMappingException;

/**
 * Converts the port's argument values into what XML-RPC without extensions can carry. Plain XML-RPC
 * has a 32-bit {@code <int>} and no null: the port's {@code Long} ids become {@code Integer} (Odoo
 * ids are PostgreSQL {@code int4}, so they always fit), and a null is refused (Odoo uses {@code
 * False} for "empty").
 */
final class XmlRpcArguments {
  private XmlRpcArguments() {}

  static Object outgoing(Object value) {
    if (value == null) {
      throw new OdooMappingException(null, "null cannot travel over XML-RPC; send false for empty");
    }
    if (value instanceof Long l) {
      if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
        throw new OdooMappingException(null, "integer out of XML-RPC range: " + l);
      }
      return l.intValue();
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Double || value instanceof Float) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(XmlRpcArguments::outgoing).toArray();
    }
    if (value instanceof Object[] array) {
      return outgoing(java.util.Arrays.asList(array));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            if (!(k instanceof String key)) {
              throw new OdooMappingException(null, "struct keys must be strings, not " + k);
            }
            out.put(key, outgoing(v));
          });
      return out;
    }
    throw new OdooMappingException(
        null,
        "no XML-RPC form for " + value.getClass().getName() + "; map it to a string or number");
  }
}
