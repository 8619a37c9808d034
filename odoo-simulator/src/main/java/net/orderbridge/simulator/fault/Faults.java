package net.orderbridge.simulator.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults on demand, switched at run time from Java or the admin endpoint. Counted faults ("the next
 * N calls") are consumed in this order: fail, time out, drop after commit. Admin calls are never
 * affected.
 */
public final class Faults {
  /** Pass to {@link #failNext(int, int)} to close the connection instead of answering. */
  public static final int CONNECTION_RESET = -1;

  /** What to do with one call. */
  public enum Action {
    PASS,
    FAIL,
    TIMEOUT,
    DROP_AFTER_COMMIT,
    RATE_LIMITED,
    DOWN
  }

  private volatile long latencyMs;
  private volatile long jitterMs;
  private final AtomicInteger failCount = new AtomicInteger();
  private volatile int failStatus = 503;
  private final AtomicInteger timeoutCount = new AtomicInteger();
  private volatile long holdMs = Duration.ofMinutes(2).toMillis();
  private final AtomicInteger dropCount = new AtomicInteger();
  private final Map<String, AtomicInteger> dropOf = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile int rateLimit;
  private final Object rateLock = new Object();
  private long windowSecond;
  private int windowCalls;
  private volatile boolean down;
  private volatile boolean rejectApiKey;

  public Faults latency(Duration fixed, Duration jitter) {
    this.latencyMs = fixed.toMillis();
    this.jitterMs = jitter.toMillis();
    return this;
  }

  /** The next {@code n} calls answer {@code httpStatus} (502, 503, 504) or lose the connection. */
  public Faults failNext(int n, int httpStatus) {
    if (httpStatus != CONNECTION_RESET && (httpStatus < 400 || httpStatus > 599)) {
      throw new IllegalArgumentException("status must be 4xx/5xx or CONNECTION_RESET");
    }
    this.failStatus = httpStatus;
    failCount.set(n);
    return this;
  }

  /** The next {@code n} calls are held unanswered (and not applied) for the hold time. */
  public Faults timeoutNext(int n) {
    timeoutCount.set(n);
    return this;
  }

  /** How long a timed-out call is held before its connection is closed (default 2 minutes). */
  public Faults holdFor(Duration hold) {
    this.holdMs = hold.toMillis();
    return this;
  }

  /** The next {@code n} calls are applied and committed, then the connection closes unanswered. */
  public Faults dropResponseAfterCommitNext(int n) {
    dropCount.set(n);
    return this;
  }

  /**
   * The next {@code n} calls of one model method ({@code "purchase.order create"}) are applied and
   * committed, then the connection closes unanswered; other calls pass.
   */
  public Faults dropResponseAfterCommitOfNext(String modelMethod, int n) {
    dropOf.computeIfAbsent(modelMethod, k -> new AtomicInteger()).set(n);
    return this;
  }

  /** Whether the answer to a call of this model method, just applied, is to be dropped. */
  public boolean dropsAnswerOf(String modelMethod) {
    AtomicInteger counter = modelMethod == null ? null : dropOf.get(modelMethod);
    return counter != null && take(counter);
  }

  /** Calls above this many per second get 429; 0 turns the limit off. */
  public Faults rateLimit(int callsPerSecond) {
    this.rateLimit = callsPerSecond;
    return this;
  }

  /** Refuses every call with 503 while keeping the data. */
  public Faults down(boolean value) {
    this.down = value;
    return this;
  }

  /** API keys stop working (passwords still do). */
  public Faults rejectApiKey(boolean value) {
    this.rejectApiKey = value;
    return this;
  }

  public Faults clear() {
    latencyMs = 0;
    jitterMs = 0;
    failCount.set(0);
    timeoutCount.set(0);
    dropCount.set(0);
    dropOf.clear();
    rateLimit = 0;
    down = false;
    rejectApiKey = false;
    return this;
  }

  public boolean apiKeyRejected() {
    return rejectApiKey;
  }

  public int failStatus() {
    return failStatus;
  }

  public long holdMs() {
    return holdMs;
  }

  /** The latency to add to this call, in milliseconds. */
  public long delayMs() {
    long j = jitterMs;
    return latencyMs + (j > 0 ? ThreadLocalRandom.current().nextLong(j + 1) : 0);
  }

  /** Decides the fate of one incoming call, consuming a counted fault if one applies. */
  public Action next() {
    if (down) {
      return Action.DOWN;
    }
    if (rateLimit > 0 && overRate()) {
      return Action.RATE_LIMITED;
    }
    if (take(failCount)) {
      return Action.FAIL;
    }
    if (take(timeoutCount)) {
      return Action.TIMEOUT;
    }
    if (take(dropCount)) {
      return Action.DROP_AFTER_COMMIT;
    }
    return Action.PASS;
  }

  private static boolean take(AtomicInteger counter) {
    return counter.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
  }

  private boolean overRate() {
    long second = System.currentTimeMillis() / 1000;
    synchronized (rateLock) {
      if (second != windowSecond) {
        windowSecond = second;
        windowCalls = 0;
      }
      return ++windowCalls > rateLimit;
    }
  }

  /** The current switches, as the admin endpoint shows them. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("latencyMs", latencyMs);
    m.put("jitterMs", jitterMs);
    m.put("failNext", failCount.get());
    m.put("failStatus", failStatus == CONNECTION_RESET ? "reset" : failStatus);
    m.put("timeoutNext", timeoutCount.get());
    m.put("holdMs", holdMs);
    m.put("dropResponseAfterCommitNext", dropCount.get());
    Map<String, Integer> of = new java.util.TreeMap<>();
    dropOf.forEach((k, v) -> of.put(k, v.get()));
    m.put("dropResponseAfterCommitOf", of);
    m.put("rateLimit", rateLimit);
    m.put("down", down);
    m.put("rejectApiKey", rejectApiKey);
    return m;
  }
}
