package net.orderbridge.sync.outcome;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Attempts and successes of one sync direction over the last {@link #SPAN}, in one-minute slots:
 * the success ratio a dashboard shows without a query language (JMX, {@code
 * sync_success_ratio{direction}}). The counters {@code sync_attempts_total} and {@code
 * sync_successes_total} give Prometheus the same ratio over any window.
 */
public final class SuccessWindow {
  public static final Duration SPAN = Duration.ofMinutes(15);
  private static final long SLOT_MILLIS = Duration.ofMinutes(1).toMillis();
  private static final int SLOTS = (int) (SPAN.toMillis() / SLOT_MILLIS);

  private final Clock clock;
  private final long[] slotOf = new long[SLOTS];
  private final long[] attempts = new long[SLOTS];
  private final long[] successes = new long[SLOTS];

  public SuccessWindow(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    Arrays.fill(slotOf, -1);
  }

  public synchronized void record(boolean succeeded) {
    int i = current();
    attempts[i]++;
    if (succeeded) {
      successes[i]++;
    }
  }

  /** Successes per attempt over the span; NaN when nothing was attempted in it. */
  public synchronized double ratio() {
    long now = clock.millis() / SLOT_MILLIS;
    long tried = 0;
    long done = 0;
    for (int i = 0; i < SLOTS; i++) {
      if (slotOf[i] > now - SLOTS) {
        tried += attempts[i];
        done += successes[i];
      }
    }
    return tried == 0 ? Double.NaN : (double) done / tried;
  }

  private int current() {
    long slot = clock.millis() / SLOT_MILLIS;
    int i = (int) (slot % SLOTS);
    if (slotOf[i] != slot) {
      slotOf[i] = slot;
      attempts[i] = 0;
      successes[i] = 0;
    }
    return i;
  }
}
