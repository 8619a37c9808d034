package net.orderbridge.simulator.xmlrpc;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.model.Values;

/** Writes responses byte for byte as Odoo's marshaller (Python's xmlrpc.client) does. */
public final class XmlRpcWriter {
  private static final String HEAD = "<?xml version=\"1.0\"?>\n<methodResponse>\n";
  private static final String TAIL = "\n</methodResponse>\n";

  private XmlRpcWriter() {}

  public static String response(Object value) {
    StringBuilder sb = new StringBuilder(256).append(HEAD).append("<params>\n<param>\n");
    value(sb, value);
    return sb.append("</param>\n</params>\n").append(TAIL).toString();
  }

  public static String fault(Object code, String message) {
    StringBuilder sb = new StringBuilder(256).append(HEAD).append("<fault>\n");
    value(sb, Map.of("faultCode", code, "faultString", message == null ? "" : message));
    return sb.append("</fault>\n").append(TAIL).toString();
  }

  /** Serialises a value; Python's None has no XML-RPC form and is refused by the caller. */
  public static void value(StringBuilder sb, Object v) {
    if (v instanceof Boolean b) {
      sb.append("<value><boolean>").append(b ? '1' : '0').append("</boolean></value>\n");
    } else if (v instanceof Integer || v instanceof Long) {
      sb.append("<value><int>").append(v).append("</int></value>\n");
    } else if (v instanceof Double d) {
      sb.append("<value><double>").append(Values.pythonFloat(d)).append("</double></value>\n");
    } else if (v instanceof String s) {
      sb.append("<value><string>");
      escape(sb, s);
      sb.append("</string></value>\n");
    } else if (v instanceof LocalDateTime dt) {
      sb.append("<value><dateTime.iso8601>")
          .append(dt.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss")))
          .append("</dateTime.iso8601></value>\n");
    } else if (v instanceof byte[] bytes) {
      sb.append("<value><base64>\n")
          .append(Base64.getEncoder().encodeToString(bytes))
          .append("\n</base64></value>\n");
    } else if (v instanceof List<?> l) {
      sb.append("<value><array><data>\n");
      for (Object o : l) {
        value(sb, o);
      }
      sb.append("</data></array></value>\n");
    } else if (v instanceof Map<?, ?> m) {
      sb.append("<value><struct>\n");
      if (m.containsKey("faultCode")) {
        member(sb, "faultCode", m.get("faultCode"));
        member(sb, "faultString", m.get("faultString"));
      } else {
        m.forEach((k, val) -> member(sb, String.valueOf(k), val));
      }
      sb.append("</struct></value>\n");
    } else {
      throw new IllegalArgumentException("cannot marshal " + v);
    }
  }

  private static void member(StringBuilder sb, String name, Object val) {
    sb.append("<member>\n<name>");
    escape(sb, name);
    sb.append("</name>\n");
    value(sb, val);
    sb.append("</member>\n");
  }

  private static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
  }
}
