package net.orderbridge.benchmarks;

import static net.orderbridge.benchmarks.Endpoints.arg;
import static net.orderbridge.benchmarks.Endpoints.loadAverage;
import static net.orderbridge.benchmarks.Endpoints.seconds;
import static net.orderbridge.benchmarks.Endpoints.sleep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The pull against a running server and the simulator it syncs with (the run command's).
 *
 * <ol>
 *   <li><b>Import</b>: {@code orders} orders (3 lines each, Ready Mat) are created in the simulator
 *       through its admin endpoint (not counted, no webhooks), right after a poll of the server's
 *       timer has passed; then every call to the simulator costs {@code latency} ms and one poll
 *       ({@code POST /api/sync/pull}) imports them. Reported: orders per second, and the calls the
 *       server made to the simulator (its call counter).
 *   <li><b>Baselines</b>, this program as the only client, same latency, no database: a naive
 *       importer reading each order and then its lines (two calls per order), and the poll's own
 *       call pattern (a {@code search_read} page of {@code page size} orders and one {@code read}
 *       of their lines).
 *   <li><b>Latency</b> from a change in Odoo to the local change: {@code rate} orders a second for
 *       {@code seconds} get a new note in the simulator (each order once); the program reads the
 *       changed orders through the REST API until each shows its note. Once with the simulator's
 *       webhooks on, once with them off (polling at the server's interval only).
 * </ol>
 *
 * <p>Arguments: {@code <service url> <simulator url> [orders 10000] [latency ms 20] [rate 5]
 * [seconds 60]}; 0 seconds leaves the latency out. The simulator's API key is the run command's
 * demo key unless {@code -Dodoo.api-key} says otherwise.
 */
public final class PullLoad {
  private static final int READY_MAT = 11;

  private final Endpoints api;
  private JsonNode pull;

  private PullLoad(String base, String simulator) {
    this.api = new Endpoints(base, simulator, 4);
  }

  public static void main(String[] args) throws Exception {
    PullLoad load = new PullLoad(args[0], args[1]);
    int orders = arg(args, 2, 10_000);
    int latency = arg(args, 3, 20);
    int rate = arg(args, 4, 5);
    int seconds = arg(args, 5, 60);
    System.out.println("load average at start: " + loadAverage());
    load.setUp();
    List<Long> imported = load.importOrders(orders, latency);
    load.naiveBaseline(imported.subList(0, Math.min(300, imported.size())));
    load.pagedBaseline(imported);
    System.out.println("load average after the import: " + loadAverage());
    if (seconds == 0) {
      System.exit(0);
    }

    List<Tracked> tracked = load.latencyOrders(rate * seconds);
    load.awaitOutOfOverlap();
    load.latency("webhooks on", true, tracked, rate);
    load.latency("webhooks off", false, tracked, rate);
    load.api.admin("/__admin/faults/clear", "{}");
    load.api.admin("/__admin/webhooks", "{\"enabled\": true}");
    System.out.println("load average at the end: " + loadAverage());
    System.exit(0);
  }

  private void setUp() throws Exception {
    api.get("/api/session");
    api.admin("/__admin/faults/clear", "{}");
    api.admin("/__admin/webhooks", "{\"enabled\": false}");
    api.operator("POST", "/api/sync/realtime/start");
    api.operator("POST", "/api/suppliers/refresh");
    pull = api.operator("GET", "/api/sync/pull");
    System.out.printf(
        "server: poll every %s, overlap %s, page size %d, import %s%n",
        pull.get("interval").asText(),
        pull.get("overlap").asText(),
        pull.get("pageSize").asInt(),
        pull.get("importMode").asText());
  }

  /** Creates the orders between two timer polls, then imports them with one poll. */
  private List<Long> importOrders(int n, int latencyMs) throws Exception {
    awaitTimerPoll();
    long createStart = System.nanoTime();
    List<Long> ids = create(n, READY_MAT, "bench-import");
    System.out.printf("created %d orders in the simulator in %.1f s%n", n, seconds(createStart));
    Endpoints.TimedPoll poll = api.timedPoll(latencyMs);
    JsonNode result = poll.result();
    JsonNode calls = poll.calls();
    double took = poll.seconds();
    System.out.printf(
        "%nIMPORT of %d orders, %d ms per call: %.1f s, %.0f orders/s; poll result %s%n"
            + "  calls to the simulator: %d (%d HTTP requests) %s%n",
        n,
        latencyMs,
        took,
        n / took,
        result,
        calls.get("calls").asLong(),
        calls.get("requests").asLong(),
        calls.get("byMethod"));
    return ids;
  }

  /** One read of the order and one of its lines, per order, one after the other. */
  private void naiveBaseline(List<Long> ids) throws Exception {
    long start = System.nanoTime();
    for (long id : ids) {
      JsonNode order =
          api.json2(
              "purchase.order",
              "read",
              "{\"ids\": [" + id + "], \"fields\": " + ORDER_FIELDS + "}");
      api.json2(
          "purchase.order.line",
          "read",
          "{\"ids\": " + order.get(0).get("order_line") + ", \"fields\": " + LINE_FIELDS + "}");
    }
    double took = seconds(start);
    System.out.printf(
        "BASELINE naive (read each order, then its lines; reads only): %.0f orders/s, %d calls"
            + " for %d orders (%.0f s for 10,000)%n",
        ids.size() / took, 2 * ids.size(), ids.size(), 10_000 / (ids.size() / took));
  }

  /** The poll's call pattern without the server: a page of orders, then all their lines. */
  private void pagedBaseline(List<Long> ids) throws Exception {
    api.pagedReads(
        ids.get(0),
        ids.get(ids.size() - 1),
        pull.get("pageSize").asInt(),
        ORDER_FIELDS,
        LINE_FIELDS);
  }

  /** An order whose changes are timed: its Odoo id and local id. */
  private record Tracked(long odooId, String localId) {}

  /** Orders of a vendor of their own, imported before the clock starts. */
  private List<Tracked> latencyOrders(int n) throws Exception {
    String vendor = "Latency bench " + System.currentTimeMillis();
    long partner =
        api.execute(
                "res.partner",
                "create",
                "{\"vals_list\": {\"name\": \""
                    + vendor
                    + "\", \"is_company\": true, \"supplier_rank\": 1}}")
            .asLong();
    List<Long> ids = create(n, partner, "bench-latency");
    api.operator("POST", "/api/sync/pull");
    String supplierId =
        api.get("/api/suppliers?query=" + vendor.replace(' ', '+'))
            .get("items")
            .get(0)
            .get("id")
            .asText();
    Map<Long, String> localByOdoo = new ConcurrentHashMap<>();
    for (int page = 0; localByOdoo.size() < n; page++) {
      JsonNode items =
          api.get("/api/purchase-orders?supplierId=" + supplierId + "&size=200&page=" + page)
              .get("items");
      if (items.isEmpty()) {
        throw new IllegalStateException("only " + localByOdoo.size() + " of " + n + " imported");
      }
      for (JsonNode item : items) {
        String id = item.get("id").asText();
        localByOdoo.put(
            api.get("/api/purchase-orders/" + id).get("sync").get("odooId").asLong(), id);
      }
    }
    return ids.stream().map(id -> new Tracked(id, localByOdoo.get(id))).toList();
  }

  /** Changes each order once, {@code rate} a second, and times each until the API shows it. */
  private void latency(String name, boolean webhooks, List<Tracked> orders, int rate)
      throws Exception {
    api.admin("/__admin/webhooks", "{\"enabled\": " + webhooks + "}");
    String tag = name.replace(' ', '-') + "-" + System.currentTimeMillis();
    Map<String, long[]> pending = new ConcurrentHashMap<>();
    Map<String, String> expected = new ConcurrentHashMap<>();
    Histogram millis = new Histogram(3_600_000L, 3);
    long[] rounds = new long[2];
    Thread observer =
        new Thread(
            () -> {
              long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
              int seen = 0;
              while (seen < orders.size() && System.nanoTime() < deadline) {
                long round = System.nanoTime();
                for (Map.Entry<String, long[]> change : pending.entrySet()) {
                  String notes = getQuietly("/api/purchase-orders/" + change.getKey());
                  if (expected.get(change.getKey()).equals(notes)) {
                    millis.recordValue((System.nanoTime() - change.getValue()[0]) / 1_000_000);
                    pending.remove(change.getKey());
                    seen++;
                  }
                }
                rounds[0]++;
                rounds[1] += System.nanoTime() - round;
                sleep(10);
              }
            });
    observer.start();
    long start = System.nanoTime();
    for (int i = 0; i < orders.size(); i++) {
      long due = start + i * 1_000_000_000L / rate;
      sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
      Tracked order = orders.get(i);
      String note = tag + "-" + i;
      expected.put(order.localId(), note);
      pending.put(order.localId(), new long[] {System.nanoTime()});
      api.execute(
          "purchase.order",
          "write",
          "{\"ids\": [" + order.odooId() + "], \"vals\": {\"note\": \"" + note + "\"}}");
    }
    observer.join();
    System.out.printf(
        "%nLATENCY %s (%d changes at %d/s, poll every %s): p50 %d ms, p90 %d ms, p99 %d ms,"
            + " max %d ms; not seen within 5 min: %d; observer round %.1f ms; load average now %s%n",
        name,
        orders.size(),
        rate,
        pull.get("interval").asText(),
        millis.getValueAtPercentile(50),
        millis.getValueAtPercentile(90),
        millis.getValueAtPercentile(99),
        millis.getMaxValue(),
        pending.size(),
        rounds[1] / 1e6 / Math.max(1, rounds[0]),
        loadAverage());
  }

  private void awaitTimerPoll() throws Exception {
    api.awaitTimerPoll(Duration.parse(pull.get("interval").asText()));
  }

  /** Waits until the orders of the import fall out of the poll's overlap window. */
  private void awaitOutOfOverlap() {
    Duration overlap = Duration.parse(pull.get("overlap").asText());
    System.out.printf(
        "%nwaiting %s for the imported orders to leave the overlap window%n", overlap);
    sleep(overlap.plusSeconds(5).toMillis());
  }

  static final String ORDER_FIELDS =
      "[\"name\", \"origin\", \"state\", \"write_date\", \"partner_id\", \"currency_id\","
          + " \"order_line\", \"locked\", \"note\"]";
  static final String LINE_FIELDS =
      "[\"product_id\", \"name\", \"product_qty\", \"price_unit\", \"date_planned\","
          + " \"display_type\"]";

  /** Creates orders of 3 lines in the simulator (admin endpoint), 500 per call. */
  private List<Long> create(int n, long partner, String prefix) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int from = 0; from < n; from += 500) {
      ArrayNode vals = Endpoints.JSON.createArrayNode();
      for (int i = from; i < Math.min(n, from + 500); i++) {
        ObjectNode order = vals.addObject();
        order.put("partner_id", partner);
        order.put("note", prefix + "-" + i);
        ArrayNode lines = order.putArray("order_line");
        line(lines, 5, 3);
        line(lines, 6, 1);
        line(lines, 5, 2);
      }
      api.execute("purchase.order", "create", "{\"vals_list\": " + vals + "}")
          .forEach(id -> ids.add(id.asLong()));
    }
    return ids;
  }

  private static void line(ArrayNode lines, int product, double quantity) {
    ArrayNode command = lines.addArray();
    command.add(0).add(0).addObject().put("product_id", product).put("product_qty", quantity);
  }

  /** The order's notes, or null when the call failed (the observer tries again). */
  private String getQuietly(String path) {
    try {
      return api.get(path).path("notes").asText(null);
    } catch (Exception e) {
      return null;
    }
  }
}
