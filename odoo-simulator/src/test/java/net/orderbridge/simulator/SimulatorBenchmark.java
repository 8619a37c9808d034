package net.orderbridge.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: measures reads per second over keep-alive connections and the time of one batch
 * create of 1,000 orders with 3 lines each. Run with {@code ./mvnw -q -pl odoo-simulator
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=net.orderbridge.simulator.SimulatorBenchmark}.
 */
public final class SimulatorBenchmark {
  private SimulatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
    try (OdooSimulator sim = OdooSimulator.builder().port(0).build().start()) {
      String url = sim.url() + "/xmlrpc/2/object";
      String read =
          Rpc.call(
              "execute_kw",
              List.of(
                  "odoo",
                  2,
                  "admin",
                  "purchase.order",
                  "read",
                  List.of(List.of(1)),
                  Map.of(
                      "fields",
                      List.of("name", "state", "partner_id", "amount_total", "write_date"))));
      System.out.println("warming up...");
      readsPerSecond(url, read, clients, 3);
      double rps = readsPerSecond(url, read, clients, seconds);
      System.out.printf(
          "execute_kw read: %.0f calls/s (%d client threads, keep-alive, %d s)%n",
          rps, clients, seconds);

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      batch(client, url, 200);
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        best = Math.min(best, batch(client, url, 1000));
      }
      System.out.printf("create of 1,000 orders x 3 lines in one call: best of 5 %d ms%n", best);
    }
  }

  private static double readsPerSecond(String url, String body, int clients, long seconds)
      throws InterruptedException {
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread t =
          new Thread(
              () -> {
                HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest req =
                    HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "text/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                while (System.nanoTime() < end) {
                  try {
                    HttpResponse<byte[]> r =
                        client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() == 200) {
                      done.incrementAndGet();
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    long start = System.nanoTime();
    for (Thread t : threads) {
      t.join();
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private static long batch(HttpClient client, String url, int orders) throws Exception {
    List<Object> vals = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      vals.add(
          Map.of(
              "partner_id",
              10,
              "partner_ref",
              "BENCH-" + i,
              "order_line",
              List.of(
                  List.of(0, 0, Map.of("product_id", 5, "product_qty", 1.0 + i % 7)),
                  List.of(0, 0, Map.of("product_id", 6, "product_qty", 2.0, "price_unit", 9.5)),
                  List.of(0, 0, Map.of("product_id", 1, "product_qty", 3.0)))));
    }
    String body =
        Rpc.call(
            "execute_kw", List.of("odoo", 2, "admin", "purchase.order", "create", List.of(vals)));
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "text/xml")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long start = System.nanoTime();
    HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (r.statusCode() != 200 || r.body().contains("<fault>")) {
      throw new IllegalStateException(r.body());
    }
    return ms;
  }
}
