package net.orderbridge.sync.odoo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record as Odoo reads it, with typed access that undoes Odoo's conventions: an empty value of
 * any type arrives as {@code false}, a many2one as {@code [id, "display name"]}, a datetime as
 * {@code "YYYY-MM-DD HH:MM:SS"} in UTC (see the reference transcripts).
 */
public record OdooRecord(Map<String, Object> values) {
  private static final DateTimeFormatter ODOO_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public OdooRecord {
    Objects.requireNonNull(values, "values");
  }

  public long id() {
    return ((Number) values.get("id")).longValue();
  }

  public boolean has(String field) {
    return values.containsKey(field);
  }

  /** A char/text/selection value, or null when Odoo says {@code false}. */
  public String text(String field) {
    Object value = values.get(field);
    return value instanceof String s ? s : null;
  }

  public boolean bool(String field) {
    return Boolean.TRUE.equals(values.get(field));
  }

  public int integer(String field) {
    Object value = values.get(field);
    return value instanceof Number n ? n.intValue() : 0;
  }

  /**
   * A float or monetary value, exactly as the decimal Odoo printed (never through binary rounding).
   */
  public BigDecimal decimal(String field) {
    Object value = values.get(field);
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return BigDecimal.ZERO;
  }

  /** The id of a many2one, or null when empty. */
  public Long many2oneId(String field) {
    Object value = values.get(field);
    if (value instanceof List<?> pair && !pair.isEmpty() && pair.get(0) instanceof Number n) {
      return n.longValue();
    }
    return value instanceof Number n ? n.longValue() : null;
  }

  /** The display name of a many2one, or null when empty. */
  public String many2oneName(String field) {
    Object value = values.get(field);
    if (value instanceof List<?> pair && pair.size() > 1 && pair.get(1) instanceof String name) {
      return name;
    }
    return null;
  }

  /** The ids of a one2many or many2many. */
  public List<Long> ids(String field) {
    Object value = values.get(field);
    if (value instanceof List<?> list) {
      return list.stream().map(id -> ((Number) id).longValue()).toList();
    }
    return List.of();
  }

  /** A datetime in UTC, or null when empty. */
  public Instant instant(String field) {
    String text = text(field);
    return text == null ? null : parseDatetime(text);
  }

  public static Instant parseDatetime(String odooDatetime) {
    return LocalDateTime.parse(odooDatetime, ODOO_DATETIME).toInstant(ZoneOffset.UTC);
  }

  public static String formatDatetime(Instant instant) {
    return ODOO_DATETIME.format(instant.atOffset(ZoneOffset.UTC));
  }
}
