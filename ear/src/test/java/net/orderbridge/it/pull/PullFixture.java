package net.orderbridge.it.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.orderbridge.it.Database;
import net.orderbridge.it.ItOdoo;
import net.orderbridge.simulator.OdooSimulator;

/**
 * What the pull ITs need: the REST API as a purchaser and an operator, the simulator the test JVM
 * runs ({@link ItOdoo}), and direct looks into the database ({@link Database}).
 */
final class PullFixture {
  static final String BASE = System.getProperty("orderbridge.url", "http://127.0.0.1:9080");
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String BUYER = basic("buyer", "buyer-demo");
  private static final String OPERATOR = basic("operator", "operator-demo");
  private static String supplier;
  private static final Map<Long, String> products = new java.util.concurrent.ConcurrentHashMap<>();

  private PullFixture() {}

  static OdooSimulator odoo() {
    return ItOdoo.simulator();
  }

  /** Ready Mat (res.partner 11), mirrored. */
  static synchronized String supplier() {
    if (supplier == null) {
      odoo();
      Reply refresh = operator("POST", "/api/suppliers/refresh", "{}");
      assertThat(refresh.status()).as(refresh.body()).isEqualTo(200);
      supplier = idOf(buyer("GET", "/api/suppliers?size=200", null).json(), 11);
    }
    return supplier;
  }

  /** A product by Odoo id: 5 Office Chair, 6 Office Lamp. */
  static String product(long odooId) {
    supplier();
    return products.computeIfAbsent(
        odooId, id -> idOf(buyer("GET", "/api/products?size=200", null).json(), id));
  }

  private static String idOf(JsonNode page, long odooId) {
    for (JsonNode item : page.get("items")) {
      if (item.get("odooId").asLong() == odooId) {
        return item.get("id").asText();
      }
    }
    throw new AssertionError("no Odoo id " + odooId + " in " + page);
  }

  static String orderBody(String notes, String... lines) {
    return """
        {"supplierId": "%s", "currency": "USD", "notes": "%s", "lines": [%s]}"""
        .formatted(supplier(), notes, String.join(",", lines));
  }

  static String line(long odooProduct, String quantity) {
    return "{\"productId\": \"%s\", \"quantity\": %s}".formatted(product(odooProduct), quantity);
  }

  /** Places an order of one chair and two lamps; returns it as the API answered. */
  static JsonNode place(String notes) {
    Reply reply =
        buyer("POST", "/api/purchase-orders", orderBody(notes, line(5, "1"), line(6, "2")));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  /** Places {@code n} orders from 4 threads; returns their numbers. */
  static List<String> placeMany(int n, String notes) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> placed = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        placed.add(threads.submit(() -> place(notes).get("number").asText()));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> f : placed) {
        numbers.add(f.get());
      }
      return numbers;
    } finally {
      threads.shutdown();
    }
  }

  /** Waits until every outbox message of the orders with these notes is settled. */
  static void awaitSettled(String notes, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(
                        count(
                            "select count(*) from sync.outbox_message m join"
                                + " purchase_order.purchase_order o on o.id = m.order_id"
                                + " where o.notes = ? and m.status <> 'DONE'",
                            notes))
                    .as("unsettled messages")
                    .isZero());
  }

  /** Odoo's orders carrying this external key (our number in {@code origin}). */
  static List<Map<String, Object>> odooOrders(String number) {
    return odoo()
        .store()
        .searchRead(
            "purchase.order",
            List.of(List.of("origin", "=", number)),
            List.of("name", "state", "order_line", "origin", "partner_id"));
  }

  static List<Map<String, Object>> odooOrdersByKeys(List<String> numbers) {
    return odoo()
        .store()
        .searchRead(
            "purchase.order",
            List.of(List.of("origin", "in", numbers)),
            List.of("name", "state", "order_line", "origin"));
  }

  static List<Map<String, Object>> odooLines(Object orderId) {
    return odoo()
        .store()
        .searchRead(
            "purchase.order.line",
            List.of(List.of("order_id", "=", orderId)),
            List.of("product_id", "product_qty", "price_unit", "name"));
  }

  static long count(String sql, Object... parameters) {
    return Database.count(sql, parameters);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  static Reply buyer(String method, String path, String json) {
    return send(BUYER, method, path, json, null);
  }

  static Reply operator(String method, String path, String json) {
    return send(OPERATOR, method, path, json, null);
  }

  static Reply send(String auth, String method, String path, String json, String ifMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", auth)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    try {
      return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new IllegalStateException("call failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String buyerAuth() {
    return BUYER;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  record Reply(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String etag() {
      return response.headers().firstValue("ETag").orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + response.body(), e);
      }
    }
  }

  /** Polls Odoo now, as an operator would. */
  static JsonNode poll() {
    Reply reply = operator("POST", "/api/sync/pull", "");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** Places an order and waits until it is pushed and bound; returns its Odoo id. */
  static int placeAndPush(String notes) {
    JsonNode placed = place(notes);
    String id = placed.get("id").asText();
    awaitOrderSettled(id);
    return (int) count("select odoo_id from sync.order_binding where order_id = ?::uuid", id);
  }

  static void awaitOrderSettled(String orderId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                count(
                            "select count(*) from sync.outbox_message where order_id = ?::uuid"
                                + " and status <> 'DONE'",
                            orderId)
                        == 0
                    && count(
                            "select count(*) from sync.order_binding where order_id = ?::uuid"
                                + " and odoo_id is not null",
                            orderId)
                        == 1);
  }

  static JsonNode order(String orderId) {
    return buyer("GET", "/api/purchase-orders/" + orderId, null).json();
  }

  /** Revises our order: new notes and the quantity of each line by product odoo id. */
  static void revise(String orderId, String notes, Map<Long, String> quantities) {
    JsonNode current = order(orderId);
    List<String> lines = new ArrayList<>();
    for (JsonNode line : current.get("lines")) {
      String product = line.get("productId").asText();
      String qty = line.get("quantity").asText();
      for (Map.Entry<Long, String> q : quantities.entrySet()) {
        if (product(q.getKey()).equals(product)) {
          qty = q.getValue();
        }
      }
      lines.add(
          "{\"lineId\": \"%s\", \"productId\": \"%s\", \"quantity\": %s}"
              .formatted(line.get("lineId").asText(), product, qty));
    }
    Reply revised =
        send(
            BUYER,
            "PUT",
            "/api/purchase-orders/" + orderId,
            orderBody(notes, lines.toArray(String[]::new)),
            "\"" + current.get("version").asLong() + "\"");
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
  }

  /** Holds back the order's push: a pending outbox message due in an hour heads its queue. */
  static void holdPush(String orderId) {
    execute(
        "insert into sync.outbox_message (order_id, kind, created_at, due_at) values ('"
            + orderId
            + "', 'CHANGED', now() - interval '1 hour', now() + interval '1 hour')");
  }

  static void releasePush(String orderId) {
    execute(
        "update sync.outbox_message set due_at = now() where order_id = '"
            + orderId
            + "' and status = 'PENDING'");
  }

  static void execute(String sql) {
    try (Connection connection = Database.connect();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The quantity of the order's line of this product, in Odoo. */
  static double odooQuantity(int odooId, long product) {
    return odooLines(odooId).stream()
        .filter(
            l ->
                String.valueOf(((List<?>) l.get("product_id")).get(0))
                    .equals(String.valueOf(product)))
        .map(l -> ((Number) l.get("product_qty")).doubleValue())
        .findFirst()
        .orElseThrow();
  }

  static int odooLineId(int odooId, long product) {
    return odooLines(odooId).stream()
        .filter(
            l ->
                String.valueOf(((List<?>) l.get("product_id")).get(0))
                    .equals(String.valueOf(product)))
        .map(l -> ((Number) l.get("id")).intValue())
        .findFirst()
        .orElseThrow();
  }

  static double localQuantity(String orderId, long product) {
    for (JsonNode line : order(orderId).get("lines")) {
      if (line.get("productId").asText().equals(product(product))) {
        return line.get("quantity").asDouble();
      }
    }
    throw new AssertionError("no line of product " + product);
  }

  static Reply webhook(String body, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + "/api/sync/webhooks/odoo/it-webhook-token"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Odoo-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    try {
      return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
