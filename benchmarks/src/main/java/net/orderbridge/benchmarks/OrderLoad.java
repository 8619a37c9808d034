package net.orderbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Sustained {@code POST /api/purchase-orders} (5 lines each) against a running server, while Odoo
 * is down, side by side with {@code GET /api/session} (authentication and nothing else) as the
 * baseline. A closed loop: each client thread sends its next request when the previous one is
 * answered, over keep-alive connections. Phases alternate (baseline, orders, baseline, orders) so
 * that both see the same JIT and machine state; warm-up first, not counted.
 *
 * <p>Arguments: {@code <service url> <simulator url> [threads] [seconds per phase]}, e.g. {@code
 * http://127.0.0.1:39180 http://127.0.0.1:38169 16 20}. The simulator is put down through its admin
 * endpoint after the catalogue was mirrored, and up again at the end.
 */
public final class OrderLoad {
  private static final String BUYER = Endpoints.BUYER;
  private static final String OPERATOR = Endpoints.OPERATOR;

  private final Endpoints api;

  private OrderLoad(String base, String simulator, int threads) {
    this.api = new Endpoints(base, simulator, threads);
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String simulator = args[1];
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    OrderLoad load = new OrderLoad(base, simulator, threads);

    String order = load.orderWithFiveLines();
    load.simulatorDown(true);
    try {
      HttpRequest session = load.request("/api/session", BUYER).GET().build();
      HttpRequest place =
          load.request("/api/purchase-orders", BUYER)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(order))
              .build();
      System.out.printf("%d client threads, %d s per phase, Odoo down%n", threads, seconds);
      load.run("warm-up orders", place, 201, threads, seconds);
      load.run("warm-up session", session, 200, threads, seconds / 2);
      List<Result> baseline = new ArrayList<>();
      List<Result> orders = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        baseline.add(load.run("GET /api/session", session, 200, threads, seconds));
        orders.add(load.run("POST /api/purchase-orders", place, 201, threads, seconds));
      }
      Result b = Result.best(baseline);
      Result o = Result.best(orders);
      System.out.printf(
          "%nbest of 2: orders %.0f/s (p50 %.1f ms, p99 %.1f ms), session %.0f/s;"
              + " orders/session throughput ratio %.2f%n",
          o.perSecond, o.p50, o.p99, b.perSecond, o.perSecond / b.perSecond);
    } finally {
      load.simulatorDown(false);
    }
    System.exit(0);
  }

  /** One phase's figures. */
  record Result(double perSecond, double p50, double p99, double p999, long errors) {
    static Result best(List<Result> results) {
      return results.stream().max((a, b) -> Double.compare(a.perSecond, b.perSecond)).orElseThrow();
    }
  }

  private Result run(String name, HttpRequest request, int expected, int threads, int seconds)
      throws Exception {
    Recorder latencies = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    List<Future<Long>> counts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      counts.add(
          clients.submit(
              () -> {
                long done = 0;
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  HttpResponse<String> reply = api.send(request);
                  latencies.recordValue((System.nanoTime() - start) / 1_000);
                  if (reply.statusCode() != expected && errors.incrementAndGet() == 1) {
                    System.err.println(reply.statusCode() + " " + reply.body());
                  }
                  done++;
                }
                return done;
              }));
    }
    long total = 0;
    for (Future<Long> count : counts) {
      total += count.get();
    }
    clients.shutdown();
    var histogram = latencies.getIntervalHistogram();
    Result result =
        new Result(
            total / (double) seconds,
            histogram.getValueAtPercentile(50) / 1000.0,
            histogram.getValueAtPercentile(99) / 1000.0,
            histogram.getValueAtPercentile(99.9) / 1000.0,
            errors.get());
    System.out.printf(
        "%-26s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  errors %d%n",
        name, result.perSecond, result.p50, result.p99, result.p999, result.errors);
    return result;
  }

  /**
   * Mirrors the catalogue and builds an order for the simulator's Ready Mat (res.partner 11) with
   * five different active, purchasable products, each line with its own unit price.
   */
  private String orderWithFiveLines() throws IOException, InterruptedException {
    Endpoints.expect(
        send(
            request("/api/suppliers/refresh", OPERATOR)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build()),
        200);
    String supplier = null;
    for (JsonNode s : json(send(request("/api/suppliers?size=200", BUYER).GET().build()))) {
      if (s.get("odooId").asLong() == 11) {
        supplier = s.get("id").asText();
      }
    }
    List<String> lines = new ArrayList<>();
    for (JsonNode p : json(send(request("/api/products?size=200", BUYER).GET().build()))) {
      if (lines.size() < 5 && p.get("active").asBoolean() && p.get("purchasable").asBoolean()) {
        lines.add(
            "{\"productId\": \"%s\", \"quantity\": %d, \"unitPrice\": 10.25}"
                .formatted(p.get("id").asText(), lines.size() + 1));
      }
    }
    if (supplier == null || lines.size() < 5) {
      throw new IllegalStateException("the catalogue lacks Ready Mat or five products");
    }
    return """
        {"supplierId": "%s", "currency": "USD", "notes": "benchmark", "lines": [%s]}"""
        .formatted(supplier, String.join(",", lines));
  }

  private void simulatorDown(boolean down) throws Exception {
    api.admin("/__admin/faults/down", "{\"down\":" + down + "}");
  }

  private HttpRequest.Builder request(String path, String authorization) {
    return Endpoints.request(api.base + path, authorization);
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return api.send(request);
  }

  private static JsonNode json(HttpResponse<String> reply) throws IOException {
    return Endpoints.JSON.readTree(Endpoints.expect(reply, 200).body()).get("items");
  }
}
