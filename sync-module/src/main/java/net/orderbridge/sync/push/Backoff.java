package net.orderbridge.sync.push;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: after the {@code n}-th failed attempt (n from 1) the next
 * one waits a uniformly random time in {@code [0, min(cap, base * 2^(n-1))]}. Full jitter spreads
 * the retries of many orders that failed together (an Odoo outage) instead of sending them back in
 * waves.
 */
public record Backoff(Duration base, Duration cap) {

  public Backoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 < base <= cap, not " + base + " / " + cap);
    }
  }

  /** The longest wait after {@code attempts} failed attempts. */
  public Duration ceiling(int attempts) {
    int doublings = Math.max(0, attempts - 1);
    if (doublings >= 62) {
      return cap;
    }
    long factor = 1L << doublings;
    long millis = base.toMillis();
    if (millis > cap.toMillis() / factor) {
      return cap;
    }
    return Duration.ofMillis(millis * factor);
  }

  /** A wait after {@code attempts} failed attempts; {@code random} yields values in [0, 1). */
  public Duration delay(int attempts, DoubleSupplier random) {
    return Duration.ofMillis((long) (ceiling(attempts).toMillis() * random.getAsDouble()));
  }
}
