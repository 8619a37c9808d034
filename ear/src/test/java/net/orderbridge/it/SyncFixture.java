package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.simulator.OdooSimulator;
import net.orderbridge.simulator.fault.Faults;

/**
 * What the push and pull ITs need: the REST API as a purchaser and an operator, the simulator the
 * test JVM runs ({@link ItOdoo}), and direct looks into the database ({@link Database}). Each IT
 * package extends it with its own helpers.
 */
public class SyncFixture {
  public static final String BASE = System.getProperty("orderbridge.url", "http://127.0.0.1:9080");
  public static final ObjectMapper JSON = new ObjectMapper();
  protected static final String BUYER = basic("buyer", "buyer-demo");
  private static final String OPERATOR = basic("operator", "operator-demo");

  protected SyncFixture() {}

  public static OdooSimulator odoo() {
    return ItOdoo.simulator();
  }

  /** Forgets which calls the simulator's faults hit: before a test switches a fault on. */
  public static void forgetFaultHits() {
    odoo().faults().forgetHits();
  }

  /**
   * The call of a push batch that a fault on every call meets first: before each batch the push
   * checks which Odoo database answers ({@code OdooDatabaseGuard}), and that check starts with
   * {@code database.uuid} from {@code ir.config_parameter}. A batch whose check fails makes no
   * {@code purchase.order} call.
   */
  public static final String DATABASE_CHECK = "ir.config_parameter search_read";

  /**
   * Asserts that this fault, since {@link #forgetFaultHits()}, hit at least one call of these
   * {@code "model method"}s (e.g. {@code "purchase.order create"}). A fault that only hit other
   * calls (a catalogue read, the database check, a readiness probe) fails the test: it did not test
   * what the test says.
   */
  public static void assertFaultHit(Faults.Kind fault, String... modelMethods) {
    Set<String> wanted = Set.of(modelMethods);
    Map<Faults.Target, Long> hit = odoo().faults().hitsOf(fault);
    assertThat(hit.keySet())
        .as("calls the %s fault hit: %s", fault, hit)
        .anyMatch(t -> wanted.contains(t.toString()));
  }

  /** Ready Mat (res.partner 11), mirrored. */
  public static String supplier() {
    return supplier(11);
  }

  /** The local id of a vendor by its Odoo id, mirroring the simulator's catalogue when needed. */
  public static String supplier(long odooId) {
    return mirrored("/api/suppliers?size=200", odooId);
  }

  /** A product by Odoo id: 5 Office Chair, 6 Office Lamp. */
  public static String product(long odooId) {
    return mirrored("/api/products?size=200", odooId);
  }

  /**
   * The local id of a catalogue entry by its Odoo id. Nothing is kept between calls: when the entry
   * is not here yet the catalogue is mirrored (an idempotent refresh) and looked up again.
   */
  private static String mirrored(String list, long odooId) {
    odoo();
    Optional<String> id = idOf(listOnceUp(list), odooId);
    if (id.isEmpty()) {
      Reply refresh = operator("POST", "/api/suppliers/refresh", "{}");
      assertThat(refresh.status()).as(refresh.body()).isEqualTo(200);
      id = idOf(buyer("GET", list, null).json(), odooId);
    }
    return id.orElseThrow(() -> new AssertionError("no Odoo id " + odooId + " in " + list));
  }

  /**
   * A list as the buyer reads it, waiting for the application first: the server reports started
   * before the EAR is, and on a loaded machine that takes a while. Once it is up this is one call.
   */
  private static JsonNode listOnceUp(String list) {
    return await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> buyer("GET", list, null), reply -> reply.status() == 200)
        .json();
  }

  private static Optional<String> idOf(JsonNode page, long odooId) {
    for (JsonNode item : page.get("items")) {
      if (item.get("odooId").asLong() == odooId) {
        return Optional.of(item.get("id").asText());
      }
    }
    return Optional.empty();
  }

  public static String orderBody(String notes, String... lines) {
    return """
        {"supplierId": "%s", "currency": "USD", "notes": "%s", "lines": [%s]}"""
        .formatted(supplier(), notes, String.join(",", lines));
  }

  public static String line(long odooProduct, String quantity) {
    return "{\"productId\": \"%s\", \"quantity\": %s}".formatted(product(odooProduct), quantity);
  }

  /** Places an order of one chair and two lamps; returns it as the API answered. */
  public static JsonNode place(String notes) {
    return placeBody(orderBody(notes, line(5, "1"), line(6, "2")));
  }

  private static JsonNode placeBody(String body) {
    Reply reply = buyer("POST", "/api/purchase-orders", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  /**
   * Places {@code n} orders like {@link #place} from 4 threads; returns their numbers. The
   * catalogue ids are looked up once for all of them.
   */
  public static List<String> placeMany(int n, String notes) throws Exception {
    String body = orderBody(notes, line(5, "1"), line(6, "2"));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> placed = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        placed.add(threads.submit(() -> placeBody(body).get("number").asText()));
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
  public static void awaitSettled(String notes, Duration atMost) {
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

  /**
   * Waits until the order's {@code sync} block says SYNCED and Odoo holds it once, in {@code
   * odooState}; returns the order as the API shows it then.
   */
  public static JsonNode awaitSynced(String id, String odooState) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              JsonNode order = buyer("GET", "/api/purchase-orders/" + id, null).json();
              String number = order.get("number").asText();
              assertThat(order.get("sync").get("status").asText()).isEqualTo("SYNCED");
              List<Map<String, Object>> inOdoo = odooOrders(number);
              assertThat(inOdoo).hasSize(1);
              assertThat(inOdoo.get(0).get("state")).isEqualTo(odooState);
            });
    return buyer("GET", "/api/purchase-orders/" + id, null).json();
  }

  /**
   * Confirms the order as the buyer, waits until Odoo has it confirmed; then the same for cancel.
   */
  public static void confirmThenCancel(String id) {
    assertThat(buyer("POST", "/api/purchase-orders/" + id + "/confirm", null).status())
        .isEqualTo(200);
    awaitSynced(id, "purchase");
    assertThat(buyer("POST", "/api/purchase-orders/" + id + "/cancel", null).status())
        .isEqualTo(200);
    awaitSynced(id, "cancel");
  }

  /** Odoo's orders carrying this order's external key (its number and our installation). */
  public static List<Map<String, Object>> odooOrders(String number) {
    return odooOrdersByKeys(List.of(number));
  }

  /** Odoo's orders carrying the external keys of these order numbers. */
  public static List<Map<String, Object>> odooOrdersByKeys(List<String> numbers) {
    return odoo()
        .store()
        .searchRead(
            "purchase.order",
            List.of(List.of("origin", "in", keysOf(numbers))),
            List.of("name", "state", "order_line", "origin", "partner_id"));
  }

  /**
   * The external keys of these order numbers in Odoo's {@code origin}: {@code
   * AF-PO-000001@<installation>}, the installation of the test server's database.
   */
  public static List<String> keysOf(List<String> numbers) {
    String installation = Database.text("select key_suffix from sync.installation where id = 1");
    return numbers.stream().map(n -> n + "@" + installation).toList();
  }

  public static List<Map<String, Object>> odooLines(Object orderId) {
    return odoo()
        .store()
        .searchRead(
            "purchase.order.line",
            List.of(List.of("order_id", "=", orderId)),
            List.of("product_id", "product_qty", "price_unit", "name"));
  }

  public static void awaitOrderSettled(String orderId) {
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

  public static JsonNode order(String orderId) {
    return buyer("GET", "/api/purchase-orders/" + orderId, null).json();
  }

  /** Revises our order: new notes and the quantity of each line by product odoo id. */
  public static void revise(String orderId, String notes, Map<Long, String> quantities) {
    Reply revised = tryRevise(orderId, notes, quantities);
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
  }

  /**
   * {@link #revise} as the buyer sends it, answered as it is: {@code 412} when the order changed
   * between the read and the write (e.g. a pull applied an Odoo edit in between).
   */
  public static Reply tryRevise(String orderId, String notes, Map<Long, String> quantities) {
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
    return send(
        BUYER,
        "PUT",
        "/api/purchase-orders/" + orderId,
        orderBody(notes, lines.toArray(String[]::new)),
        "\"" + current.get("version").asLong() + "\"");
  }

  /** The quantity of the order's line of this product, in Odoo. */
  public static double odooQuantity(int odooId, long product) {
    return ((Number) odooLine(odooId, product).get("product_qty")).doubleValue();
  }

  /** The ids of the order's lines in Odoo, ascending. */
  public static List<Long> odooLineIds(Object odooId) {
    return odooLines(odooId).stream()
        .map(l -> ((Number) l.get("id")).longValue())
        .sorted()
        .toList();
  }

  /** The order's line of this product, in Odoo. */
  public static Map<String, Object> odooLine(int odooId, long product) {
    return odooLines(odooId).stream()
        .filter(
            l ->
                String.valueOf(((List<?>) l.get("product_id")).get(0))
                    .equals(String.valueOf(product)))
        .findFirst()
        .orElseThrow();
  }

  /** The id of the order's line of this product, in Odoo. */
  public static int odooLineId(int odooId, long product) {
    return ((Number) odooLine(odooId, product).get("id")).intValue();
  }

  /** Changes the note and one line's quantity of an order in Odoo, as a user there would. */
  public static void editInOdoo(int odooId, String note, int lineId, double quantity) {
    odoo()
        .store()
        .write(
            "purchase.order",
            odooId,
            Map.of(
                "note",
                note,
                "order_line",
                List.of(List.of(1, lineId, Map.of("product_qty", quantity)))));
  }

  /**
   * The revision the push tests make of an order placed by {@link #place}: the chair line goes to 7
   * in place, the lamp line is dropped, {@code added} (a line as JSON) is new. Sent by the buyer
   * with {@code If-Match} of the current version.
   */
  public static Reply reviseChairDropLamps(String id, String added) {
    JsonNode current = buyer("GET", "/api/purchase-orders/" + id, null).json();
    String chair = current.get("lines").get(0).get("lineId").asText();
    return send(
        BUYER,
        "PUT",
        "/api/purchase-orders/" + id,
        orderBody(
            current.get("notes").asText(),
            "{\"lineId\": \"%s\", \"productId\": \"%s\", \"quantity\": 7}"
                .formatted(chair, product(5)),
            added),
        "\"" + current.get("version").asLong() + "\"");
  }

  /**
   * Waits until Odoo holds that revision: chairs of 7 and 3, the chair line ({@code before}, the
   * order's line ids before, ascending) written in place, the lamp line gone.
   */
  public static void awaitChairRevisionInOdoo(Object odooId, List<Long> before) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(odooLines(odooId))
                    .extracting(
                        l -> ((List<?>) l.get("product_id")).get(0), l -> l.get("product_qty"))
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(5, 7.0),
                        org.assertj.core.groups.Tuple.tuple(5, 3.0)));
    assertThat(odooLineIds(odooId))
        .as("the chair line written in place, the lamp line gone")
        .contains(before.get(0))
        .doesNotContain(before.get(1));
  }

  /** Changes the quantity of the order's line of this product in Odoo, as a user there would. */
  public static void editOdooQuantity(int odooId, long product, double quantity) {
    int line = odooLineId(odooId, product);
    odoo()
        .store()
        .write(
            "purchase.order",
            odooId,
            Map.of("order_line", List.of(List.of(1, line, Map.of("product_qty", quantity)))));
  }

  /** The order's open conflict, as {@code GET /api/sync/conflicts?status=open} lists it. */
  public static JsonNode openConflictOf(String orderId) {
    Reply list = operator("GET", "/api/sync/conflicts?status=open", null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode conflict : list.json()) {
      if (conflict.get("orderId").asText().equals(orderId)) {
        return conflict;
      }
    }
    throw new AssertionError("no open conflict of " + orderId + " in " + list.body());
  }

  /** The order's dead letter as {@code GET /api/sync/dead-letters} lists it, if it has one. */
  public static java.util.Optional<JsonNode> deadLetterOf(String orderId) {
    for (JsonNode message : operator("GET", "/api/sync/dead-letters?limit=1000", null).json()) {
      if (message.get("orderId").asText().equals(orderId)) {
        return java.util.Optional.of(message);
      }
    }
    return java.util.Optional.empty();
  }

  public static long openConflicts(String orderId) {
    return count(
        "select count(*) from sync.sync_conflict where order_id = ?::uuid and status = 'OPEN'",
        orderId);
  }

  public static double localQuantity(String orderId, long product) {
    for (JsonNode line : order(orderId).get("lines")) {
      if (line.get("productId").asText().equals(product(product))) {
        return line.get("quantity").asDouble();
      }
    }
    throw new AssertionError("no line of product " + product);
  }

  /**
   * A counter of {@code /metrics?scope=application} (Prometheus text), summed over the series whose
   * labels contain {@code label} (e.g. {@code outcome="APPLIED"}); 0 before it first counts.
   */
  public static double counter(String name, String label) {
    return counterIn(
        send(null, "GET", "/metrics?scope=application", null, null).body(), name, label);
  }

  /** {@link #counter} of any server's metrics text. */
  public static double counterIn(String text, String name, String label) {
    java.util.regex.Matcher series =
        java.util.regex.Pattern.compile("(?m)^" + name + "\\{([^}]*)\\}\\s+([0-9.Ee+-]+)$")
            .matcher(text);
    double sum = 0;
    while (series.find()) {
      if (series.group(1).contains(label)) {
        sum += Double.parseDouble(series.group(2));
      }
    }
    return sum;
  }

  /** The Odoo id the order is bound to. */
  public static int odooIdOf(String orderId) {
    return (int) count("select odoo_id from sync.order_binding where order_id = ?::uuid", orderId);
  }

  public static long count(String sql, Object... parameters) {
    return Database.count(sql, parameters);
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  public static Reply buyer(String method, String path, String json) {
    return send(BUYER, method, path, json, null);
  }

  public static Reply operator(String method, String path, String json) {
    return send(OPERATOR, method, path, json, null);
  }

  public static Reply send(String auth, String method, String path, String json, String ifMatch) {
    HttpRequest.Builder request = Api.request(BASE + path, auth, method, json);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.anonymous().send(request);
  }

  public static String buyerAuth() {
    return BUYER;
  }

  public static String operatorAuth() {
    return OPERATOR;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
