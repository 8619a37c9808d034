package net.orderbridge.simulator.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Conversions between wire values and stored values, the way Odoo's fields convert them. */
public final class Values {
  public static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private Values() {}

  /** Python's repr of a float: {@code 3.0}, {@code 37.5}, {@code 1e-05}. */
  public static String pythonFloat(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e16) {
      return new BigDecimal(d).toPlainString() + ".0";
    }
    double abs = Math.abs(d);
    if (abs >= 1e-4 && abs < 1e16) {
      return new BigDecimal(Double.toString(d)).toPlainString();
    }
    return Double.toString(d).replace("E", "e");
  }

  public static String formatDatetime(LocalDateTime dt) {
    return dt.format(DATETIME);
  }

  /**
   * A datetime written by a client. Odoo takes {@code YYYY-MM-DD HH:MM:SS}, a date alone, or an
   * XML-RPC dateTime; it refuses ISO strings with {@code T} or {@code Z} (ValueError from
   * strptime).
   */
  public static LocalDateTime parseWriteDatetime(Object value) {
    if (value instanceof LocalDateTime dt) {
      return dt;
    }
    String s = value.toString();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s, DATE).atStartOfDay();
      }
      if (s.length() == 19 && s.charAt(10) == ' ') {
        return LocalDateTime.parse(s, DATETIME);
      }
    } catch (RuntimeException e) {
      // fall through to Odoo's error
    }
    String format = "%Y-%m-%d %H:%M:%S";
    throw OdooError.internal(
        "builtins.ValueError",
        "time data " + PyRepr.of(s) + " does not match format " + PyRepr.of(format),
        "datetime_write");
  }

  /** A datetime in a domain: search accepts the {@code T} form as well. */
  public static LocalDateTime parseDomainDatetime(Object value) {
    if (value instanceof LocalDateTime dt) {
      return dt;
    }
    String s = value.toString().trim();
    if (s.endsWith("Z")) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.replace('T', ' ');
    if (s.length() == 10) {
      return LocalDate.parse(s, DATE).atStartOfDay();
    }
    if (s.length() > 19) {
      s = s.substring(0, 19);
    }
    return LocalDateTime.parse(s, DATETIME);
  }

  public static Double toDouble(String model, Field f, Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v == null || Boolean.FALSE.equals(v)) {
      return 0.0;
    }
    throw OdooError.internal(
        "builtins.TypeError",
        "can't multiply sequence by non-int of type 'float'",
        "float_" + model);
  }

  public static Integer toId(Object v) {
    if (v == null || Boolean.FALSE.equals(v)) {
      return null;
    }
    if (v instanceof Number n) {
      return n.intValue();
    }
    if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Number n) {
      return n.intValue();
    }
    throw OdooError.internal(
        "builtins.TypeError", "int() argument must be a string or a number", null);
  }
}
