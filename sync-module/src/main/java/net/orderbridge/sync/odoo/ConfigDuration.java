package net.orderbridge.sync.odoo;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The one duration format of the configuration: ISO-8601 ({@code PT30S}, {@code P7D}) or, for the
 * keys the README documents so ({@code ODOO_CONNECT_TIMEOUT}, {@code ODOO_READ_TIMEOUT}), whole
 * seconds. A value that is neither fails with a message naming the key and the value (durations are
 * never secrets).
 */
public final class ConfigDuration {
  private ConfigDuration() {}

  /** Parses {@code value} of {@code key}: ISO-8601 or whole seconds. */
  public static Duration parse(String key, String value) {
    String text = value == null ? "" : value.trim();
    if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(text));
      } catch (NumberFormatException e) {
        throw invalid(key, value, e);
      }
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(key, value, e);
    }
  }

  private static IllegalArgumentException invalid(String key, String value, Exception cause) {
    return new IllegalArgumentException(
        key + " must be an ISO-8601 duration such as PT30S, or whole seconds, not '" + value + "'",
        cause);
  }
}
