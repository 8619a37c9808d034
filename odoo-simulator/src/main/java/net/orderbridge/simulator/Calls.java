package net.orderbridge.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what clients asked of the simulator since it started or was last reset: every HTTP request
 * to the Odoo endpoints by transport, faulted ones included (a request refused, held or dropped by
 * a fault is counted like one answered), and every model method call by {@code model method}. Calls
 * made through {@link SimulatorStore} or the admin endpoint are not counted. Benchmarks read it to
 * report how many calls a piece of work cost; tests read which transport a client spoke.
 */
public final class Calls {
  /** {@code /xmlrpc/...}. */
  public static final String XMLRPC = "xmlrpc";

  /** {@code /json/2/...}. */
  public static final String JSON2 = "json2";

  /** {@code /web/version} and {@code /json/version}. */
  public static final String VERSION = "version";

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> byMethod = new ConcurrentHashMap<>();
  private final ThreadLocal<String> lastOnThread = new ThreadLocal<>();

  public Calls() {
    for (String transport : new String[] {XMLRPC, JSON2, VERSION}) {
      requests.put(transport, new LongAdder());
    }
  }

  /** One HTTP request to an Odoo endpoint of this transport ({@link #XMLRPC}, ...). */
  public void request(String transport) {
    requests.computeIfAbsent(transport, k -> new LongAdder()).increment();
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

  /** HTTP requests, all transports. */
  public long requests() {
    return requests.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** HTTP requests by transport: {@code xmlrpc}, {@code json2}, {@code version}, in this order. */
  public Map<String, Long> requestsByTransport() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String transport : new String[] {XMLRPC, JSON2, VERSION}) {
      out.put(transport, requests.get(transport).sum());
    }
    return out;
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
    requests.values().forEach(LongAdder::reset);
    byMethod.clear();
  }

  /** As the admin endpoint shows it. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requests", requests());
    out.put("requestsByTransport", requestsByTransport());
    out.put("calls", calls());
    out.put("byMethod", byMethod());
    return out;
  }
}
