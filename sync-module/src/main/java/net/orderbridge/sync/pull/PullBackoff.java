package net.orderbridge.sync.pull;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a parked order is tried again: one poll interval after the first failure, doubling with each
 * failure up to {@code cap}, each delay drawn between its half and its whole (jitter, so that
 * orders parked together are not retried together).
 */
record PullBackoff(Duration first, Duration cap) {

  Duration after(int attempts, DoubleSupplier random) {
    long firstMillis = Math.max(1, Math.min(first.toMillis(), cap.toMillis()));
    int doublings = Math.max(0, Math.min(attempts - 1, 24));
    long full = Math.min(cap.toMillis(), firstMillis << doublings);
    return Duration.ofMillis(full / 2 + (long) (random.getAsDouble() * (full - full / 2)));
  }
}
