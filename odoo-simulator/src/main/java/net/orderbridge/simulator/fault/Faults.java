package net.orderbridge.simulator.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Faults on demand, switched at run time from Java or the admin endpoint. Counted faults ("the next
 * N calls") are consumed in this order: fail, time out, drop after commit. Admin calls are never
 * affected.
 *
 * <p>Every fault that fires is recorded with the call it hit ({@link #hits()}): which fault, and
 * which model and method the request was calling, read from the request as the endpoints dispatch
 * it ({@link Target}). {@link #clear()} switches the faults off and keeps the record, so a test can
 * ask afterwards which calls its faults hit; {@link #forgetHits()} (and a reset of the simulator)
 * empties it.
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

  /** A fault as recorded when it fired. */
  public enum Kind {
    /** {@link #latency}: the call was delayed. */
    LATENCY,
    /** {@link #failNext}: answered with the status or the connection closed. */
    FAIL,
    /** {@link #timeoutNext}: held unanswered. */
    TIMEOUT,
    /** {@link #dropResponseAfterCommitNext} or {@link #dropResponseAfterCommitOfNext}. */
    DROP_AFTER_COMMIT,
    /** {@link #rateLimit}: answered 429. */
    RATE_LIMITED,
    /** {@link #down}: answered 503. */
    DOWN,
    /** {@link #rejectApiKey}: a valid API key was refused. */
    REJECT_API_KEY,
    /** {@link #refuseNextOf}: the call was answered with a business error (UserError). */
    REFUSE
  }

  /**
   * What a request was calling: the model and method of an XML-RPC {@code execute_kw} (or {@code
   * execute}) or of a JSON-2 {@code /json/2/<model>/<method>}. Calls that name no model have a null
   * model: XML-RPC's {@code common} and {@code db} services ({@code authenticate}, {@code version},
   * {@code list}) and {@code /web/version} or {@code /json/version} (method {@code version}). A
   * request that cannot be read has both null.
   */
  public record Target(String model, String method) {
    public static final Target UNKNOWN = new Target(null, null);

    /** {@code "<model> <method>"} as {@link net.orderbridge.simulator.Calls} counts calls. */
    @Override
    public String toString() {
      return model + " " + method;
    }
  }

  /** How often one fault hit calls of one target. */
  public record Hit(Kind fault, String model, String method, long count) {}

  private record HitKey(Kind fault, Target target) {}

  private final Map<HitKey, AtomicLong> hits = new ConcurrentHashMap<>();
  private final ThreadLocal<Supplier<Target>> serving = new ThreadLocal<>();
  private volatile long latencyMs;
  private volatile long jitterMs;
  private final AtomicInteger failCount = new AtomicInteger();
  private volatile int failStatus = 503;
  private final AtomicInteger timeoutCount = new AtomicInteger();
  private volatile long holdMs = Duration.ofMinutes(2).toMillis();
  private final AtomicInteger dropCount = new AtomicInteger();
  private final Map<String, AtomicInteger> dropOf = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failOf = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> timeoutOf = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> refuseOf = new ConcurrentHashMap<>();
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

  /**
   * The next {@code n} calls of one model method ({@code "purchase.order create"}) answer {@code
   * httpStatus} or lose the connection, unapplied; other calls pass. Shares the status with {@link
   * #failNext}.
   */
  public Faults failNextOf(String modelMethod, int n, int httpStatus) {
    failNext(0, httpStatus);
    failOf.computeIfAbsent(modelMethod, k -> new AtomicInteger()).set(n);
    return this;
  }

  /**
   * The next {@code n} calls of one model method ({@code "purchase.order create"}) are held
   * unanswered (and not applied) for the hold time; other calls pass.
   */
  public Faults timeoutNextOf(String modelMethod, int n) {
    timeoutOf.computeIfAbsent(modelMethod, k -> new AtomicInteger()).set(n);
    return this;
  }

  /**
   * The next {@code n} calls of one model method ({@code "purchase.order create"}) are refused the
   * way Odoo refuses a call it will not apply: a {@code UserError} (XML-RPC fault 2, JSON-2 422),
   * nothing written. Unlike {@link #failNextOf} the call reaches Odoo and is answered: a business
   * error, not an outage.
   */
  public Faults refuseNextOf(String modelMethod, int n) {
    refuseOf.computeIfAbsent(modelMethod, k -> new AtomicInteger()).set(n);
    return this;
  }

  /**
   * Consumes one refusal aimed at this call, recording the hit: true when the call must be refused
   * (see {@link #refuseNextOf}).
   */
  public boolean refuses(Target target) {
    if (takeAimed(refuseOf, () -> target)) {
      fired(Kind.REFUSE, target);
      return true;
    }
    return false;
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
    failOf.clear();
    timeoutOf.clear();
    refuseOf.clear();
    rateLimit = 0;
    down = false;
    rejectApiKey = false;
    return this;
  }

  public boolean apiKeyRejected() {
    return rejectApiKey;
  }

  /**
   * Names the call this thread serves until {@link #served()}, for faults that fire deeper down (a
   * refused key); the target is read only if one does.
   */
  public void serving(Supplier<Target> target) {
    serving.set(target);
  }

  public void served() {
    serving.remove();
  }

  /** Records that this fault fired on the call this thread serves (see {@link #serving}). */
  public void fired(Kind fault) {
    Supplier<Target> target = serving.get();
    fired(fault, target == null ? Target.UNKNOWN : target.get());
  }

  /** Records that this fault fired on a call of this target. */
  public void fired(Kind fault, Target target) {
    hits.computeIfAbsent(new HitKey(fault, target), k -> new AtomicLong()).incrementAndGet();
  }

  /** The faults that fired since the last reset, by fault, model and method. */
  public List<Hit> hits() {
    List<Hit> out = new ArrayList<>();
    hits.forEach(
        (k, v) -> out.add(new Hit(k.fault(), k.target().model(), k.target().method(), v.get())));
    out.sort(
        Comparator.comparing(Hit::fault)
            .thenComparing(Hit::model, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Hit::method, Comparator.nullsFirst(Comparator.naturalOrder())));
    return out;
  }

  /** The calls this fault hit since the last reset, by target, sorted by {@code model method}. */
  public Map<Target, Long> hitsOf(Kind fault) {
    Map<Target, Long> out = new java.util.TreeMap<>(Comparator.comparing(Target::toString));
    hits.forEach(
        (k, v) -> {
          if (k.fault() == fault) {
            out.put(k.target(), v.get());
          }
        });
    return out;
  }

  /** Empties the record of {@link #hits()}. */
  public Faults forgetHits() {
    hits.clear();
    return this;
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
    return next(() -> Target.UNKNOWN);
  }

  /**
   * Decides the fate of one incoming call of this target, consuming a counted fault if one applies
   * (the target is read only when a fault is aimed at a model method).
   */
  public Action next(Supplier<Target> target) {
    if (down) {
      return Action.DOWN;
    }
    if (rateLimit > 0 && overRate()) {
      return Action.RATE_LIMITED;
    }
    if (take(failCount) || takeAimed(failOf, target)) {
      return Action.FAIL;
    }
    if (take(timeoutCount) || takeAimed(timeoutOf, target)) {
      return Action.TIMEOUT;
    }
    if (take(dropCount)) {
      return Action.DROP_AFTER_COMMIT;
    }
    return Action.PASS;
  }

  private static Map<String, Integer> counts(Map<String, AtomicInteger> aimed) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    aimed.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  private static boolean takeAimed(Map<String, AtomicInteger> aimed, Supplier<Target> target) {
    if (aimed.isEmpty()) {
      return false;
    }
    AtomicInteger counter = aimed.get(target.get().toString());
    return counter != null && take(counter);
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
    m.put("failNextOf", counts(failOf));
    m.put("timeoutNextOf", counts(timeoutOf));
    m.put("refuseNextOf", counts(refuseOf));
    m.put("rateLimit", rateLimit);
    m.put("down", down);
    m.put("rejectApiKey", rejectApiKey);
    List<Map<String, Object>> fired = new ArrayList<>();
    for (Hit h : hits()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("fault", h.fault().name());
      one.put("model", h.model());
      one.put("method", h.method());
      one.put("count", h.count());
      fired.add(one);
    }
    m.put("hits", fired);
    return m;
  }
}
