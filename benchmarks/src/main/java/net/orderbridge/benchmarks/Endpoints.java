package net.orderbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * The two servers a sync benchmark talks to, over keep-alive HTTP/1.1: the service (as the buyer or
 * the operator of the run command) and the simulator it syncs with (its admin endpoint, and JSON-2
 * as any Odoo client would).
 */
final class Endpoints {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String OPERATOR = basic("operator", "operator-demo");
  static final String BUYER = basic("buyer", "buyer-demo");
  static final String API_KEY = System.getProperty("odoo.api-key", "orderbridge-demo-odoo-key");

  final String base;
  final String simulator;
  private final HttpClient http;

  Endpoints(String base, String simulator, int threads) {
    this.base = base;
    this.simulator = simulator;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(threads))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Runs a model method as the simulator's admin: not counted, never subject to its faults. */
  JsonNode execute(String model, String method, String args) throws Exception {
    return admin(
            "/__admin/execute",
            "{\"model\": \""
                + model
                + "\", \"method\": \""
                + method
                + "\", \"args\": "
                + args
                + "}")
        .get("result");
  }

  /** GET (body null) or POST to the simulator's admin endpoint. */
  JsonNode admin(String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(simulator + path)).timeout(Duration.ofMinutes(2));
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return JSON.readTree(expect(send(request.build()), 200).body());
  }

  /** A JSON-2 call with the API key, as an Odoo client makes it (counted, subject to faults). */
  JsonNode json2(String model, String method, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(simulator + "/json/2/" + model + "/" + method))
            .timeout(Duration.ofMinutes(1))
            .header("Content-Type", "application/json")
            .header("Authorization", "bearer " + API_KEY)
            .header("X-Odoo-Database", "odoo")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return JSON.readTree(expect(send(request), 200).body());
  }

  JsonNode operator(String method, String path) throws Exception {
    HttpRequest request =
        request(base + path, OPERATOR)
            .timeout(Duration.ofMinutes(30))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
            .build();
    return JSON.readTree(expect(send(request), 200).body());
  }

  /** GET as the buyer. */
  JsonNode get(String path) throws Exception {
    return JSON.readTree(expect(send(request(base + path, BUYER).GET().build()), 200).body());
  }

  /** POST of a JSON body as the buyer, expecting {@code status}. */
  JsonNode post(String path, String json, int status) throws Exception {
    HttpRequest request =
        request(base + path, BUYER)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return JSON.readTree(expect(send(request), status).body());
  }

  String text(String url) throws Exception {
    return expect(send(HttpRequest.newBuilder(URI.create(url)).GET().build()), 200).body();
  }

  /** One poll the benchmark asked for: its result, how long it took, the calls it made. */
  record TimedPoll(JsonNode result, double seconds, JsonNode calls) {}

  /**
   * Every simulator call now costs {@code latencyMs}; its call counter is reset, then one {@code
   * POST /api/sync/pull} is timed.
   */
  TimedPoll timedPoll(int latencyMs) throws Exception {
    admin("/__admin/faults/latency", "{\"fixedMs\": " + latencyMs + ", \"jitterMs\": 0}");
    admin("/__admin/calls/reset", "");
    long start = System.nanoTime();
    JsonNode result = operator("POST", "/api/sync/pull");
    double took = seconds(start);
    return new TimedPoll(result, took, admin("/__admin/calls", null));
  }

  /**
   * Waits until a poll of the server's timer has read the simulator and finished, so that the next
   * one is an interval away (at once when the interval is over two minutes).
   */
  void awaitTimerPoll(Duration interval) throws Exception {
    if (interval.compareTo(Duration.ofMinutes(2)) > 0) {
      return;
    }
    admin("/__admin/calls/reset", "");
    long deadline = System.nanoTime() + interval.plusSeconds(30).toNanos();
    while (System.nanoTime() < deadline
        && admin("/__admin/calls", null).get("byMethod").path("purchase.order search_read").asLong()
            == 0) {
      sleep(100);
    }
    long calls = -1;
    while (calls != (calls = admin("/__admin/calls", null).get("calls").asLong())) {
      sleep(1_000);
    }
  }

  /**
   * The poll's call pattern without the server, for the Odoo orders with ids in {@code [first,
   * last]}: a page of orders, then one read of all their lines. Prints and returns orders per
   * second.
   */
  double pagedReads(long first, long last, int pageSize, String orderFields, String lineFields)
      throws Exception {
    long start = System.nanoTime();
    long after = first - 1;
    int read = 0;
    int calls = 0;
    while (true) {
      JsonNode page =
          json2(
              "purchase.order",
              "search_read",
              "{\"domain\": [[\"id\", \">\", "
                  + after
                  + "], [\"id\", \"<=\", "
                  + last
                  + "]], \"fields\": "
                  + orderFields
                  + ", \"limit\": "
                  + pageSize
                  + ", \"order\": \"id asc\"}");
      calls++;
      if (page.isEmpty()) {
        break;
      }
      calls++;
      ArrayNode lines = JSON.createArrayNode();
      page.forEach(o -> lines.addAll((ArrayNode) o.get("order_line")));
      json2(
          "purchase.order.line",
          "read",
          "{\"ids\": " + lines + ", \"fields\": " + lineFields + "}");
      read += page.size();
      after = page.get(page.size() - 1).get("id").asLong();
    }
    double took = seconds(start);
    System.out.printf(
        "BASELINE paged reads only (pages of %d + their lines): %.0f orders/s, %d calls for %d"
            + " orders%n",
        pageSize, read / took, calls, read);
    return read / took;
  }

  static HttpRequest.Builder request(String url, String authorization) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> expect(HttpResponse<String> reply, int status) {
    if (reply.statusCode() != status) {
      throw new IllegalStateException(
          reply.request().uri() + ": " + reply.statusCode() + " " + reply.body());
    }
    return reply;
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
