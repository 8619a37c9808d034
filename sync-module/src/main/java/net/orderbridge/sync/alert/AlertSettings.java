package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import net.orderbridge.shared.config.ConfigDuration;
import org.eclipse.microprofile.config.Config;

/**
 * The alerts' thresholds ({@code sync.alert.*}, or {@code SYNC_ALERT_*} in the environment), read
 * once at start; durations in the configuration's one format ({@link ConfigDuration}). The README's
 * "Alerts" section lists them with their defaults.
 */
@ApplicationScoped
public class AlertSettings {
  private final Config config;

  @Inject
  public AlertSettings(Config config) {
    this.config = config;
  }

  /** For CDI's client proxy. */
  protected AlertSettings() {
    this(null);
  }

  /** How often the conditions are evaluated and due deliveries sent. */
  public Duration interval() {
    return duration("sync.alert.interval", "PT30S");
  }

  /** How long Odoo must stay unreachable (or the circuit open) before the critical alert. */
  public Duration odooUnreachableFor() {
    return duration("sync.alert.odoo-unreachable.for", "PT2M");
  }

  /** Age of the oldest pending change above which the warning fires. */
  public Duration oldestPendingAbove() {
    return duration("sync.alert.oldest-pending.above", "PT15M");
  }

  public long deadLettersAbove() {
    return number("sync.alert.dead-letters.above", 0);
  }

  public long openConflictsAbove() {
    return number("sync.alert.open-conflicts.above", 10);
  }

  public long parkedPullFailuresAbove() {
    return number("sync.alert.parked-pull-failures.above", 0);
  }

  /** Share of failed pushes in the window at or above which the warning fires. */
  public double pushErrorRate() {
    return config
        .getOptionalValue("sync.alert.push-error-rate.threshold", Double.class)
        .orElse(0.5);
  }

  public Duration pushErrorRateWindow() {
    return duration("sync.alert.push-error-rate.window", "PT10M");
  }

  /** Fewer pushes than this in the window say nothing about a rate. */
  public long pushErrorRateMinimum() {
    return number("sync.alert.push-error-rate.minimum", 10);
  }

  /** How long resolved and info alerts stay in {@code GET /api/sync/alerts}. */
  public Duration recent() {
    return duration("sync.alert.recent", "P1D");
  }

  public int maxDeliveryAttempts() {
    return (int) number("sync.alert.delivery.max-attempts", 10);
  }

  private Duration duration(String key, String fallback) {
    return ConfigDuration.parse(key, config.getOptionalValue(key, String.class).orElse(fallback));
  }

  private long number(String key, long fallback) {
    return config.getOptionalValue(key, Long.class).orElse(fallback);
  }
}
