package net.orderbridge.sync.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import net.orderbridge.shared.config.ConfigDuration;
import org.eclipse.microprofile.config.Config;

/**
 * The webhook receiver's limits, read again at every use so that a Liberty {@code <variable>} in
 * {@code configDropins/overrides} applies without a restart: {@code WEBHOOK_ALLOWED_ADDRESSES}
 * (CIDRs; unset: any address), {@code WEBHOOK_MAX_PENDING} (queued hints; default {@value
 * #DEFAULT_MAX_PENDING}), {@code WEBHOOK_REPLAY_WINDOW} (a duration, ISO-8601 or whole seconds;
 * unset: no timestamp check) and {@code WEBHOOK_HINT_RETENTION} (how long processed hints are kept;
 * default {@value #DEFAULT_RETENTION}).
 */
@ApplicationScoped
public class WebhookSettings {
  static final int DEFAULT_MAX_PENDING = 10_000;
  static final String DEFAULT_RETENTION = "P7D";

  private Config config;

  protected WebhookSettings() {}

  @Inject
  public WebhookSettings(Config config) {
    this.config = config;
  }

  /**
   * The addresses webhooks may come from.
   *
   * @throws IllegalArgumentException when the setting is malformed (every getter here does so)
   */
  public AddressAllowList allowedAddresses() {
    String name = "WEBHOOK_ALLOWED_ADDRESSES";
    return parsed(name, text(name).orElse(""), AddressAllowList::parse);
  }

  public int maxPending() {
    String name = "WEBHOOK_MAX_PENDING";
    int max = text(name).map(v -> parsed(name, v, Integer::parseInt)).orElse(DEFAULT_MAX_PENDING);
    if (max < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + max);
    }
    return max;
  }

  public Optional<Duration> replayWindow() {
    String name = "WEBHOOK_REPLAY_WINDOW";
    return text(name).map(v -> positive(name, ConfigDuration.parse(name, v)));
  }

  /**
   * How long a sender turned away by a full queue should wait: one poll interval ({@code
   * sync.pull.interval}), after which the poll has read every change the hints were about anyway.
   */
  public Duration retryWhenFull() {
    String name = "sync.pull.interval";
    return ConfigDuration.parse(name, text(name).orElse("PT30S"));
  }

  public Duration hintRetention() {
    String name = "WEBHOOK_HINT_RETENTION";
    return positive(name, ConfigDuration.parse(name, text(name).orElse(DEFAULT_RETENTION)));
  }

  private static <T> T parsed(String name, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (RuntimeException malformed) {
      throw new IllegalArgumentException(
          name + " is malformed (" + malformed.getMessage() + ")", malformed);
    }
  }

  private static Duration positive(String name, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  private Optional<String> text(String name) {
    return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
  }
}
