package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PurchaseOrderApiIT {
  private static String supplier;
  private static String chair;
  private static String lamp;

  @BeforeAll
  static void catalogue() {
    supplier = Catalogue.supplierId(Catalogue.READY_MAT);
    chair = Catalogue.productId(Catalogue.OFFICE_CHAIR);
    lamp = Catalogue.productId(Catalogue.OFFICE_LAMP);
  }

  static String order(String notes, String... lines) {
    return """
        {"supplierId": "%s", "currency": "USD", "notes": "%s", "lines": [%s]}"""
        .formatted(supplier, notes, String.join(",", lines));
  }

  static String line(String product, String quantity, String unitPrice) {
    return unitPrice == null
        ? "{\"productId\": \"%s\", \"quantity\": %s}".formatted(product, quantity)
        : "{\"productId\": \"%s\", \"quantity\": %s, \"unitPrice\": %s}"
            .formatted(product, quantity, unitPrice);
  }

  private static JsonNode place(String body) {
    Api.Reply reply = Api.purchaser().post("/api/purchase-orders", body);
    assertThat(reply.status()).as(reply.response().body()).isEqualTo(201);
    return reply.json();
  }

  @Test
  void placedOrderIsReadBackWithLinesTotalsETagAndPendingSync() {
    Api.Reply created =
        Api.purchaser()
            .post(
                "/api/purchase-orders",
                order("first", line(chair, "2", null), line(lamp, "3", "30.50")));

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.header("Location")).endsWith("/api/purchase-orders/" + id);

    Api.Reply read = Api.auditor().get("/api/purchase-orders/" + id);
    JsonNode order = read.json();
    assertThat(read.header("ETag")).isEqualTo("\"" + order.get("version").asLong() + "\"");
    assertThat(order.get("number").asText()).matches("AF-PO-\\d{6}");
    assertThat(order.get("state").asText()).isEqualTo("DRAFT");
    assertThat(order.get("lines")).hasSize(2);
    assertThat(order.get("lines").get(0).get("unitPrice").decimalValue())
        .as("the price list's price for the chair")
        .isEqualByComparingTo("52");
    assertThat(order.get("lines").get(0).get("description").asText()).isEqualTo("Office Chair");
    assertThat(order.get("totals").get("untaxed").decimalValue()).isEqualByComparingTo("195.50");
    assertThat(order.get("sync").get("status").asText()).isEqualTo("PENDING");
  }

  @Test
  void lifecycleConfirmCancelDraftDelete() {
    String id = place(order("lifecycle", line(chair, "1", null))).get("id").asText();

    assertThat(
            Api.purchaser()
                .post("/api/purchase-orders/" + id + "/confirm", "")
                .json()
                .get("state")
                .asText())
        .isEqualTo("PURCHASE");
    assertThat(
            Api.purchaser()
                .post("/api/purchase-orders/" + id + "/cancel", "")
                .json()
                .get("state")
                .asText())
        .isEqualTo("CANCELLED");
    assertThat(
            Api.purchaser()
                .post("/api/purchase-orders/" + id + "/draft", "")
                .json()
                .get("state")
                .asText())
        .isEqualTo("DRAFT");
    assertThat(
            Api.purchaser()
                .send(Api.purchaser().request("/api/purchase-orders/" + id).DELETE())
                .status())
        .isEqualTo(204);
    assertThat(Api.purchaser().get("/api/purchase-orders/" + id).status()).isEqualTo(404);
  }

  @Test
  void everyChangeIsInTheAuditTrailWithWhoMadeIt() {
    String id = place(order("audited", line(chair, "1", null))).get("id").asText();
    Api.purchaser().post("/api/purchase-orders/" + id + "/confirm", "");

    List<JsonNode> byPeople = new ArrayList<>();
    Api.auditor()
        .get("/api/purchase-orders/" + id + "/audit")
        .json()
        .forEach(
            entry -> {
              if (!entry.get("action").asText().startsWith("SYNC_")) {
                byPeople.add(entry);
              }
            });

    assertThat(byPeople)
        .extracting(e -> e.get("action").asText())
        .containsExactly("PLACED", "CONFIRMED");
    assertThat(byPeople).extracting(e -> e.get("actor").asText()).containsOnly("buyer");
  }

  @Test
  void anEditOfQuantityAndPriceIsAuditedWithTheUserAndEachValueBeforeAndAfter() {
    JsonNode placed = place(order("audited edit", line(chair, "1", null)));
    String id = placed.get("id").asText();
    JsonNode line = placed.get("lines").get(0);
    String lineId = line.get("lineId").asText();
    String priceBefore = line.get("unitPrice").decimalValue().stripTrailingZeros().toPlainString();
    String edited =
        order(
            "audited edit",
            "{\"lineId\": \"%s\", \"productId\": \"%s\", \"quantity\": 3, \"unitPrice\": 12.5}"
                .formatted(lineId, chair));

    Api.Reply ok = put(id, edited, "\"" + placed.get("version").asLong() + "\"");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);

    JsonNode changed = null;
    for (JsonNode entry : Api.auditor().get("/api/purchase-orders/" + id + "/audit").json()) {
      if (entry.get("action").asText().equals("CHANGED")) {
        changed = entry;
      }
    }
    assertThat(changed).as("the CHANGED entry").isNotNull();
    assertThat(changed.get("actor").asText()).isEqualTo("buyer");
    assertThat(changed.get("changes"))
        .extracting(
            c ->
                c.get("field").asText()
                    + ": "
                    + c.get("before").asText()
                    + " -> "
                    + c.get("after").asText())
        .containsExactly(
            "lines/" + lineId + "/quantity: 1 -> 3",
            "lines/" + lineId + "/unitPrice: " + priceBefore + " -> 12.5");
    JsonNode last = Api.auditor().get("/api/purchase-orders/" + id + "/audit?limit=1").json();
    assertThat(last).as("only the newest entry").hasSize(1);
  }

  @Test
  void revisionNeedsTheCurrentETag() {
    JsonNode placed = place(order("revise", line(chair, "1", null)));
    String id = placed.get("id").asText();
    String etag = "\"" + placed.get("version").asLong() + "\"";
    String revised = order("revised", line(lamp, "4", "31"));

    Api.Reply withoutTag = put(id, revised, null);
    Api.Reply ok = put(id, revised, etag);
    Api.Reply stale = put(id, order("again", line(lamp, "5", "31")), etag);

    assertThat(withoutTag.status()).isEqualTo(428);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("notes").asText()).isEqualTo("revised");
    assertThat(ok.header("ETag")).isNotEqualTo(etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(Api.purchaser().get("/api/purchase-orders/" + id).json().get("notes").asText())
        .isEqualTo("revised");
  }

  private static Api.Reply put(String id, String body, String ifMatch) {
    HttpRequest.Builder request =
        Api.purchaser()
            .request("/api/purchase-orders/" + id)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.purchaser().send(request);
  }

  @Test
  void searchFiltersByStateSupplierAndSyncStatusWithATotal() {
    String id = place(order("search", line(chair, "1", null))).get("id").asText();
    Api.purchaser().post("/api/purchase-orders/" + id + "/confirm", "");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Api.auditor()
                    .get("/api/purchase-orders/" + id)
                    .json()
                    .at("/sync/status")
                    .asText()
                    .equals("SYNCED"));

    JsonNode confirmed =
        Api.auditor()
            .get("/api/purchase-orders?state=purchase&supplierId=" + supplier + "&size=200")
            .json();
    JsonNode synced = Api.auditor().get("/api/purchase-orders?syncStatus=synced&size=200").json();
    JsonNode failed = Api.auditor().get("/api/purchase-orders?syncStatus=failed&size=200").json();

    assertThat(confirmed.get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(ids(confirmed)).contains(id);
    assertThat(confirmed.get("items")).allMatch(o -> o.get("state").asText().equals("PURCHASE"));
    assertThat(ids(synced)).contains(id);
    assertThat(ids(failed)).doesNotContain(id);
  }

  private static Set<String> ids(JsonNode page) {
    Set<String> ids = new java.util.HashSet<>();
    page.get("items").forEach(o -> ids.add(o.get("id").asText()));
    return ids;
  }

  @Test
  void badInputIsRefusedWithProblemsNamingTheFieldAndWritesNothing() {
    long before = Database.count("select count(*) from purchase_order.purchase_order");

    assertProblem(Api.purchaser().post("/api/purchase-orders", "{\"supplierId\": "), 400, null);
    assertProblem(
        Api.purchaser()
            .post(
                "/api/purchase-orders", "{\"supplierId\": \"" + supplier + "\", \"lines\": \"x\"}"),
        400,
        null);
    assertProblem(
        Api.purchaser().post("/api/purchase-orders", order("neg", line(chair, "-1", null))),
        422,
        "lines[0].quantity");
    assertProblem(
        Api.purchaser().post("/api/purchase-orders", order("price", line(chair, "1", "-5"))),
        422,
        "lines[0].unitPrice");
    assertProblem(
        Api.purchaser()
            .post(
                "/api/purchase-orders",
                order("product", line(UUID.randomUUID().toString(), "1", null))),
        422,
        "lines[0].productId");
    assertProblem(
        Api.purchaser()
            .post(
                "/api/purchase-orders",
                "{\"supplierId\": \"" + UUID.randomUUID() + "\", \"lines\": []}"),
        422,
        "supplierId");
    assertProblem(
        Api.purchaser()
            .post("/api/purchase-orders", "{\"supplierId\": \"not-a-uuid\", \"lines\": []}"),
        422,
        "supplierId");
    String huge = order("x".repeat(5 * 1024 * 1024), line(chair, "1", null));
    assertProblem(Api.purchaser().post("/api/purchase-orders", huge), 413, null);

    assertThat(Database.count("select count(*) from purchase_order.purchase_order"))
        .isEqualTo(before);
  }

  @Test
  void illegalTransitionIsAConflict() {
    String id = place(order("conflict", line(chair, "1", null))).get("id").asText();
    Api.purchaser().post("/api/purchase-orders/" + id + "/confirm", "");

    Api.Reply delete =
        Api.purchaser().send(Api.purchaser().request("/api/purchase-orders/" + id).DELETE());

    assertProblem(delete, 409, null);
    assertThat(Api.purchaser().get("/api/purchase-orders/" + id).status()).isEqualTo(200);
  }

  @Test
  void confirmingWithoutLinesIsRefused() {
    String id = place(order("empty")).get("id").asText();

    assertProblem(
        Api.purchaser().post("/api/purchase-orders/" + id + "/confirm", ""), 422, "lines");
  }

  @Test
  void onlyPurchasersChangeOrders() {
    assertProblem(
        Api.auditor().post("/api/purchase-orders", order("auditor", line(chair, "1", null))),
        403,
        null);
  }

  @Test
  void concurrentRetriesWithOneIdempotencyKeyMakeOneOrder() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = order("idempotent", line(chair, "1", null));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Api.Reply>> retries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      retries.add(
          () ->
              Api.purchaser()
                  .send(
                      Api.purchaser()
                          .request("/api/purchase-orders")
                          .header("Content-Type", "application/json")
                          .header("Idempotency-Key", key)
                          .POST(HttpRequest.BodyPublishers.ofString(body))));
    }
    List<Api.Reply> replies = new ArrayList<>();
    for (Future<Api.Reply> reply : pool.invokeAll(retries)) {
      replies.add(reply.get());
    }
    pool.shutdown();

    assertThat(replies).extracting(Api.Reply::status).allMatch(s -> s == 201 || s == 200);
    assertThat(replies).extracting(Api.Reply::status).filteredOn(s -> s == 201).hasSize(1);
    Set<String> ids =
        replies.stream().map(r -> r.json().get("id").asText()).collect(Collectors.toSet());
    assertThat(ids).hasSize(1);
    assertThat(
            Database.count(
                "select count(*) from purchase_order.purchase_order where notes = 'idempotent'"))
        .isEqualTo(1);

    Api.Reply reused =
        Api.purchaser()
            .send(
                Api.purchaser()
                    .request("/api/purchase-orders")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            order("other", line(lamp, "1", null)))));
    assertProblem(reused, 422, "Idempotency-Key");
  }

  static void assertProblem(Api.Reply reply, int status, String field) {
    reply.isProblem(status, field);
  }
}
