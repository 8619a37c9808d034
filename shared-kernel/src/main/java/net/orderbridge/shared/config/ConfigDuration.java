package net.orderbridge.shared.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The one duration format of the configuration, for every key of every module: ISO-8601 ({@code
 * PT30S}, {@code P7D}) or whole seconds ({@code 30}). A value that is neither fails with a message
 * naming the key and the value (durations are never secrets). {@link DurationConverter} makes it
 * the format of every {@code Duration} MicroProfile Config hands out, injected or looked up.
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

  /** Parses a value whose key the caller does not know (MicroProfile Config's converter). */
  static Duration parse(String value) {
    return parse("the duration", value);
  }

  private static IllegalArgumentException invalid(String key, String value, Exception cause) {
    return new IllegalArgumentException(
        key + " must be an ISO-8601 duration such as PT30S, or whole seconds, not '" + value + "'",
        cause);
  }
}
