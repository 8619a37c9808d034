package net.orderbridge.benchmarks;

import static net.orderbridge.benchmarks.Endpoints.arg;
import static net.orderbridge.benchmarks.Endpoints.loadAverage;
import static net.orderbridge.benchmarks.Endpoints.seconds;
import static net.orderbridge.benchmarks.Endpoints.sleep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The push against a running server and the simulator it syncs with (the run command's): how fast a
 * backlog of orders drains into Odoo when every call to Odoo costs {@code latency} ms, side by side
 * with a naive pusher in the same run.
 *
 * <ol>
 *   <li><b>Backlog</b>: the automatic push is stopped ({@code POST /api/sync/push/stop}), then
 *       {@code orders} orders of 3 lines (Ready Mat; products 5, 6 and 5 again, unit prices given)
 *       are placed through {@code POST /api/purchase-orders} from {@code threads} client threads.
 *   <li><b>Drain</b>: every simulator call now costs {@code latency} ms (its latency switch), its
 *       call counter is reset, the push is started, and the clock runs until the server's backlog
 *       ({@code GET /api/sync/status}) is empty. Then the simulator is asked whether every order is
 *       there exactly once (one Odoo order per key, 3 lines each) and which calls the server made.
 *       Meanwhile the server's heap ({@code memory_usedHeap_bytes} of {@code /metrics}) and, when
 *       its process is found, its resident memory are sampled every 250 ms.
 *   <li><b>Echo</b>: the drain starts right after a poll of the server's timer, so that none lands
 *       in it; once the backlog is empty one {@code POST /api/sync/pull} is timed, which reads the
 *       pushed orders back and must change nothing, and then the same orders are read the poll's
 *       way by this program alone.
 *   <li><b>Naive pusher</b>, this program as the only client, same latency, no database: one order
 *       per {@code create} call (its lines in it) and a {@code read} of it back, one after the
 *       other: the pattern of Odoo's external API examples.
 * </ol>
 *
 * <p>A warm-up round of the same kind comes first (not counted: the server's JIT compiles the
 * push's code meanwhile).
 *
 * <p>Arguments: {@code <service url> <simulator url> [orders 10000] [latency ms 20] [naive orders
 * 300] [client threads 8] [warm-up orders 2000]}. The server's process is the one Liberty process
 * of the run command ({@code ws-server.jar … orderbridge}) unless {@code -Dserver.pid} names it.
 * Webhooks of the simulator are switched off for the run (each of our writes would come back as a
 * hint and a read).
 */
public final class PushLoad {
  private static final int READY_MAT = 11;
  private static final String ORDER_FIELDS =
      "[\"name\", \"state\", \"order_line\", \"write_date\"]";

  private final Endpoints api;

  private PushLoad(String base, String simulator, int threads) {
    this.api = new Endpoints(base, simulator, threads);
  }

  public static void main(String[] args) throws Exception {
    int orders = arg(args, 2, 10_000);
    int latency = arg(args, 3, 20);
    int naive = arg(args, 4, 300);
    int threads = arg(args, 5, 8);
    int warmUp = arg(args, 6, 2_000);
    PushLoad load = new PushLoad(args[0], args[1], threads);
    System.out.println("load average at start: " + loadAverage());
    try {
      if (warmUp > 0) {
        System.out.println("warm-up (not counted):");
        String tag = "bench-push-warm-up-" + System.currentTimeMillis();
        load.backlog(warmUp, threads, load.setUp(tag));
        load.drain(warmUp, latency, tag);
        System.out.println();
      }
      String tag = "bench-push-" + System.currentTimeMillis();
      load.backlog(orders, threads, load.setUp(tag));
      JsonNode pull = load.api.operator("GET", "/api/sync/pull");
      load.api.awaitTimerPoll(Duration.parse(pull.get("interval").asText()));
      double drained = load.drain(orders, latency, tag);
      load.echo(latency, tag, pull.get("pageSize").asInt());
      double baseline = load.naive(naive, latency);
      System.out.printf(
          "%nRATIO drain/naive: %.1f (drain %.0f orders/s, naive %.1f orders/s)%n",
          drained / baseline, drained, baseline);
    } finally {
      load.api.operator("POST", "/api/sync/push/start");
      load.api.admin("/__admin/faults/clear", "{}");
      load.api.admin("/__admin/webhooks", "{\"enabled\": true}");
    }
    System.out.println("load average at the end: " + loadAverage());
    System.exit(0);
  }

  /** Mirrors the catalogue, stops the push; returns the order to place. */
  private String setUp(String tag) throws Exception {
    api.get("/api/session");
    api.admin("/__admin/faults/clear", "{}");
    api.admin("/__admin/webhooks", "{\"enabled\": false}");
    api.operator("POST", "/api/suppliers/refresh");
    JsonNode status = api.operator("GET", "/api/sync/status");
    if (status.get("backlog").asLong() > 0) {
      throw new IllegalStateException("the server has a backlog already: " + status);
    }
    api.operator("POST", "/api/sync/push/stop");
    String supplier = null;
    for (JsonNode s : api.get("/api/suppliers?size=200").get("items")) {
      if (s.get("odooId").asLong() == READY_MAT) {
        supplier = s.get("id").asText();
      }
    }
    Map<Long, String> products = new HashMap<>();
    for (JsonNode p : api.get("/api/products?size=200").get("items")) {
      products.put(p.get("odooId").asLong(), p.get("id").asText());
    }
    if (supplier == null || !products.containsKey(5L) || !products.containsKey(6L)) {
      throw new IllegalStateException("the catalogue lacks Ready Mat or products 5 and 6");
    }
    String line = "{\"productId\": \"%s\", \"quantity\": %d, \"unitPrice\": %s}";
    return """
        {"supplierId": "%s", "currency": "USD", "notes": "%s", "lines": [%s, %s, %s]}"""
        .formatted(
            supplier,
            tag,
            line.formatted(products.get(5L), 3, "41.50"),
            line.formatted(products.get(6L), 1, "12.25"),
            line.formatted(products.get(5L), 2, "39.90"));
  }

  private void backlog(int n, int threads, String order) throws Exception {
    long start = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    AtomicLong next = new AtomicLong();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(
          clients.submit(
              () -> {
                while (next.getAndIncrement() < n) {
                  api.post("/api/purchase-orders", order, 201);
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    clients.shutdown();
    long backlog = api.operator("GET", "/api/sync/status").get("backlog").asLong();
    System.out.printf(
        "BACKLOG %d orders placed in %.1f s (%.0f/s) with the push stopped; backlog %d%n",
        n, seconds(start), n / seconds(start), backlog);
    if (backlog < n) {
      throw new IllegalStateException("the push ran while it was stopped: backlog " + backlog);
    }
  }

  /** Starts the push and times it until the backlog is empty; returns orders per second. */
  private double drain(int n, int latencyMs, String tag) throws Exception {
    api.admin("/__admin/faults/latency", "{\"fixedMs\": " + latencyMs + ", \"jitterMs\": 0}");
    api.admin("/__admin/calls/reset", "");
    Memory memory = new Memory(serverPid());
    memory.start();
    long start = System.nanoTime();
    api.operator("POST", "/api/sync/push/start");
    JsonNode status;
    while ((status = api.operator("GET", "/api/sync/status")).get("backlog").asLong() > 0) {
      sleep(250);
    }
    double took = seconds(start);
    memory.stop();
    JsonNode calls = api.admin("/__admin/calls", null);
    api.admin("/__admin/faults/clear", "{}");
    System.out.printf(
        "%nDRAIN of %d orders (3 lines each), %d ms per Odoo call: %.1f s, %.0f orders/s%n"
            + "  calls to the simulator: %d (%d HTTP requests) %s%n"
            + "  server memory: heap used at most %d MB, resident at most %s (peak of the process"
            + " %s); dead letters %d%n",
        n,
        latencyMs,
        took,
        n / took,
        calls.get("calls").asLong(),
        calls.get("requests").asLong(),
        calls.get("byMethod"),
        memory.heapPeak.get() >> 20,
        memory.rssPeak.get() < 0 ? "unknown" : (memory.rssPeak.get() >> 20) + " MB",
        memory.hwm().map(kb -> (kb >> 10) + " MB").orElse("unknown"),
        status.get("deadLetters").asLong());
    verify(n, tag);
    return n / took;
  }

  /** Every order of the run is in Odoo exactly once, with its three lines. */
  private void verify(int n, String tag) throws Exception {
    JsonNode found = ordersOf(tag);
    Map<String, Integer> perKey = new HashMap<>();
    long lines = 0;
    for (JsonNode o : found) {
      perKey.merge(o.get("origin").asText(), 1, Integer::sum);
      lines += o.get("order_line").size();
    }
    long twice = perKey.values().stream().filter(c -> c > 1).count();
    System.out.printf(
        "  in Odoo: %d orders, %d keys, %d keys twice, %d lines (expected %d, %d, 0, %d)%n",
        found.size(), perKey.size(), twice, lines, n, n, 3L * n);
    if (found.size() != n || perKey.size() != n || lines != 3L * n) {
      throw new IllegalStateException("not every order is in Odoo exactly once");
    }
  }

  /**
   * The poll right after the drain reads the pushed orders back, our own echo, and must change
   * nothing; side by side, the same orders read the poll's way without the server.
   */
  private void echo(int latencyMs, String tag, int pageSize) throws Exception {
    Endpoints.TimedPoll poll = api.timedPoll(latencyMs);
    JsonNode result = poll.result();
    JsonNode calls = poll.calls();
    double took = poll.seconds();
    long read = result.get("read").asLong();
    System.out.printf(
        "%nECHO poll after the drain: %d orders read in %.1f s, %.0f orders/s; poll result %s%n"
            + "  calls to the simulator: %d %s%n",
        read, took, read / took, result, calls.get("calls").asLong(), calls.get("byMethod"));
    long first = Long.MAX_VALUE;
    long last = 0;
    for (JsonNode o : ordersOf(tag)) {
      first = Math.min(first, o.get("id").asLong());
      last = Math.max(last, o.get("id").asLong());
    }
    double reads =
        api.pagedReads(first, last, pageSize, PullLoad.ORDER_FIELDS, PullLoad.LINE_FIELDS);
    api.admin("/__admin/faults/clear", "{}");
    System.out.printf(
        "RATIO echo/reads: %.2f (echo %.0f orders/s, the poll's reads alone %.0f orders/s)%n",
        read / took / reads, read / took, reads);
  }

  private JsonNode ordersOf(String tag) throws Exception {
    return api.execute(
        "purchase.order",
        "search_read",
        "{\"domain\": [[\"note\", \"ilike\", \""
            + tag
            + "\"]], \"fields\": [\"origin\", \"order_line\"]}");
  }

  /** One {@code create} per order, then a {@code read} of it back; returns orders per second. */
  private double naive(int n, int latencyMs) throws Exception {
    api.admin("/__admin/faults/latency", "{\"fixedMs\": " + latencyMs + ", \"jitterMs\": 0}");
    String key = "naive-" + System.currentTimeMillis() + "-";
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      ObjectNode vals = Endpoints.JSON.createObjectNode();
      vals.put("partner_id", READY_MAT).put("origin", key + i).put("note", key);
      ArrayNode lines = vals.putArray("order_line");
      line(lines, 5, 3, 41.5);
      line(lines, 6, 1, 12.25);
      line(lines, 5, 2, 39.9);
      JsonNode ids = api.json2("purchase.order", "create", "{\"vals_list\": [" + vals + "]}");
      api.json2(
          "purchase.order", "read", "{\"ids\": " + ids + ", \"fields\": " + ORDER_FIELDS + "}");
    }
    double took = seconds(start);
    api.admin("/__admin/faults/clear", "{}");
    System.out.printf(
        "%nBASELINE naive pusher (one create per order with its lines, then a read): %.1f"
            + " orders/s, %d calls for %d orders (%.0f s for 10,000)%n",
        n / took, 2 * n, n, 10_000 / (n / took));
    return n / took;
  }

  private static void line(ArrayNode lines, int product, double qty, double price) {
    lines
        .addArray()
        .add(0)
        .add(0)
        .addObject()
        .put("product_id", product)
        .put("product_qty", qty)
        .put("price_unit", price);
  }

  /** The Liberty process of the run command, or {@code -Dserver.pid}. */
  private static long serverPid() throws IOException {
    String given = System.getProperty("server.pid");
    if (given != null) {
      return Long.parseLong(given);
    }
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      List<Long> liberty =
          procs
              .filter(p -> p.getFileName().toString().matches("\\d+"))
              .filter(p -> commandLine(p).matches(".*ws-server\\.jar.*\\borderbridge\\b.*"))
              .map(p -> Long.parseLong(p.getFileName().toString()))
              .toList();
      return liberty.size() == 1 ? liberty.get(0) : -1;
    }
  }

  private static String commandLine(Path proc) {
    try {
      return new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ');
    } catch (IOException | SecurityException gone) {
      return "";
    }
  }

  /** Samples the server's heap (its metrics) and resident memory (its /proc status). */
  private final class Memory {
    final AtomicLong heapPeak = new AtomicLong();
    final AtomicLong rssPeak = new AtomicLong(-1);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final long pid;
    private final Thread sampler = new Thread(this::sample, "memory-sampler");

    Memory(long pid) {
      this.pid = pid;
    }

    void start() {
      sampler.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      sampler.join();
    }

    private void sample() {
      while (running.get()) {
        try {
          for (String line : api.text(api.base + "/metrics?scope=base").split("\n")) {
            if (line.startsWith("memory_usedHeap_bytes")) {
              long used = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
              heapPeak.accumulateAndGet(used, Math::max);
            }
          }
          status("VmRSS:").ifPresent(kb -> rssPeak.accumulateAndGet(kb << 10, Math::max));
        } catch (Exception missed) {
          // one sample fewer
        }
        sleep(250);
      }
    }

    Optional<Long> hwm() {
      return status("VmHWM:");
    }

    private Optional<Long> status(String field) {
      if (pid < 0) {
        return Optional.empty();
      }
      try {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
            .filter(l -> l.startsWith(field))
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
            .findFirst();
      } catch (IOException gone) {
        return Optional.empty();
      }
    }
  }
}
