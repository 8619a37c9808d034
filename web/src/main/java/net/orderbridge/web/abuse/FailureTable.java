package net.orderbridge.web.abuse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The times of recent failures per key (a user name or an address), at most {@code bound} per key,
 * within a window. Keys are chosen by callers, so at most {@value #MAX_KEYS} are tracked: when the
 * table is full, keys whose failures have all left the window are swept out (at most once a
 * second), and while it stays full new keys are not tracked.
 */
final class FailureTable {
  static final int MAX_KEYS = 100_000;
  private static final long SWEEP_PAUSE = 1_000_000_000L;

  private final int bound;
  private final long window;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
  private volatile boolean swept;
  private volatile long lastSweep;

  /**
   * @param bound failures within the window that block a key; 0 = never
   * @param window nanoseconds
   */
  FailureTable(int bound, long window) {
    this.bound = bound;
    this.window = window;
  }

  /** Nanoseconds until {@code key} may try again; 0 when it may now. */
  long waitFor(String key, long now) {
    Deque<Long> times = bound == 0 ? null : failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      expire(times, now);
      return times.size() < bound ? 0 : times.peekFirst() + window - now;
    }
  }

  void record(String key, long now) {
    if (bound == 0) {
      return;
    }
    if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
      if (!swept || now - lastSweep >= SWEEP_PAUSE) {
        swept = true;
        lastSweep = now;
        failures.values().removeIf(times -> expiredAll(times, now));
      }
      if (failures.size() >= MAX_KEYS) {
        return;
      }
    }
    Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      expire(times, now);
      times.addLast(now);
      while (times.size() > bound) {
        times.removeFirst();
      }
    }
  }

  void forget(String key) {
    failures.remove(key);
  }

  private boolean expiredAll(Deque<Long> times, long now) {
    synchronized (times) {
      expire(times, now);
      return times.isEmpty();
    }
  }

  private void expire(Deque<Long> times, long now) {
    while (!times.isEmpty() && now - times.peekFirst() >= window) {
      times.removeFirst();
    }
  }
}
