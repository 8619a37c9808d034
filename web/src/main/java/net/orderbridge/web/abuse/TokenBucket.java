package net.orderbridge.web.abuse;

import java.time.Duration;

/**
 * A token bucket: holds at most {@code burst} tokens, refills {@code perSecond} of them each
 * second, and a request takes one. Starts full. Times are {@link System#nanoTime()} readings.
 */
final class TokenBucket {
  private final double perSecond;
  private final double burst;
  private double tokens;
  private long updated;

  TokenBucket(double perSecond, double burst, long now) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("a bucket needs a positive rate and a burst of 1 or more");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.tokens = burst;
    this.updated = now;
  }

  /** Takes a token: zero when one was there, otherwise how long until one will be. */
  synchronized Duration take(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
  }

  /** Whether the bucket has refilled completely: forgetting it changes nothing. */
  synchronized boolean full(long now) {
    refill(now);
    return tokens >= burst;
  }

  private void refill(long now) {
    long elapsed = now - updated;
    if (elapsed > 0) {
      tokens = Math.min(burst, tokens + elapsed / 1e9 * perSecond);
      updated = now;
    }
  }
}
