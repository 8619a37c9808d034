package net.orderbridge.simulator.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Python's {@code repr()}, for the messages Odoo builds with {@code %r}. */
public final class PyRepr {
  private PyRepr() {}

  public static String of(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof String s) {
      String q = s.contains("'") && !s.contains("\"") ? "\"" : "'";
      String body = s.replace("\\", "\\\\").replace("\n", "\\n");
      if (q.equals("'")) {
        body = body.replace("'", "\\'");
      }
      return q + body + q;
    }
    if (v instanceof Double d) {
      return Values.pythonFloat(d);
    }
    if (v instanceof LocalDateTime dt) {
      return "datetime.datetime("
          + dt.getYear()
          + ", "
          + dt.getMonthValue()
          + ", "
          + dt.getDayOfMonth()
          + ", "
          + dt.getHour()
          + ", "
          + dt.getMinute()
          + ", "
          + dt.getSecond()
          + ")";
    }
    if (v instanceof List<?> l) {
      return "[" + l.stream().map(PyRepr::of).collect(Collectors.joining(", ")) + "]";
    }
    if (v instanceof Map<?, ?> m) {
      return "{"
          + m.entrySet().stream()
              .map(e -> of(e.getKey()) + ": " + of(e.getValue()))
              .collect(Collectors.joining(", "))
          + "}";
    }
    return String.valueOf(v);
  }

  /** A domain leaf as Odoo prints it: a tuple. */
  public static String tuple(List<?> items) {
    return "(" + items.stream().map(PyRepr::of).collect(Collectors.joining(", ")) + ")";
  }
}
