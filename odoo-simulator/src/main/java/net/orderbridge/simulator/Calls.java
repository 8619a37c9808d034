package net.orderbridge.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what clients asked of the simulator: every HTTP request to the Odoo endpoints (XML-RPC,
 * JSON-2, version), and every model method call by {@code model method}. Calls made through {@link
 * SimulatorStore} or the admin endpoint are not counted. Benchmarks read it to report how many
 * calls a piece of work cost.
 */
public final class Calls {
  private final LongAdder requests = new LongAdder();
  private final Map<String, AtomicLong> byMethod = new ConcurrentHashMap<>();
  private final ThreadLocal<String> lastOnThread = new ThreadLocal<>();

  /** One HTTP request to an Odoo endpoint. */
  public void request() {
    requests.increment();
    lastOnThread.remove();
  }

  /** One {@code execute_kw} (XML-RPC) or {@code /json/2/<model>/<method>} (JSON-2) call. */
  public void call(String model, String method) {
    byMethod.computeIfAbsent(model + " " + method, k -> new AtomicLong()).incrementAndGet();
    lastOnThread.set(model + " " + method);
  }

  /**
   * The model method the request this thread serves called ({@code "<model> <method>"}), or null.
   */
  public String lastOnThisThread() {
    return lastOnThread.get();
  }

  public long requests() {
    return requests.sum();
  }

  /** Model method calls, all of them. */
  public long calls() {
    return byMethod.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** Calls by {@code "<model> <method>"}, sorted. */
  public Map<String, Long> byMethod() {
    Map<String, Long> out = new TreeMap<>();
    byMethod.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  public void reset() {
    requests.reset();
    byMethod.clear();
  }

  /** As the admin endpoint shows it. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("requests", requests());
    out.put("calls", calls());
    out.put("byMethod", byMethod());
    return out;
  }
}
