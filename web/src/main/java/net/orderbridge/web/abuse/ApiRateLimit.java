package net.orderbridge.web.abuse;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Requests per authenticated user: a {@link TokenBucket} each, {@code perSecond} sustained with
 * bursts of {@code burst}. Only authenticated users get a bucket, so their number is bounded by the
 * user registry; buckets that have refilled are forgotten once there are many.
 */
final class ApiRateLimit {
  private static final int FORGET_ABOVE = 10_000;

  private final double perSecond;
  private final double burst;
  private final LongSupplier clock;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param perSecond requests per second and user, sustained; 0 switches the limit off
   * @param burst requests a user may send at once after a pause
   */
  ApiRateLimit(double perSecond, double burst, LongSupplier clock) {
    if (perSecond < 0 || (perSecond > 0 && burst < 1)) {
      throw new IllegalArgumentException(
          "API_RATE_LIMIT must be 0 (off) or positive, API_RATE_BURST at least 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.clock = clock;
  }

  boolean enabled() {
    return perSecond > 0;
  }

  /** Counts one request of {@code user}: zero when it may go on, else how long it must wait. */
  Duration admit(String user) {
    if (!enabled()) {
      return Duration.ZERO;
    }
    long now = clock.getAsLong();
    if (buckets.size() > FORGET_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.full(now));
    }
    return buckets.computeIfAbsent(user, u -> new TokenBucket(perSecond, burst, now)).take(now);
  }
}
