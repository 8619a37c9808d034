package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Odoo's webhooks are hints: authenticated, de-duplicated, queued; their field values are never
 * applied.
 */
class WebhookIT {
  private static final String TOKEN = "it-webhook-token-0123456789abcdef";
  private static final String SECRET = "it-webhook-secret";

  @BeforeAll
  static void catalogue() {
    // waits for the application first: this class may be the first to run on a fresh server
    SyncFixture.supplier();
    Catalogue.supplierId(Catalogue.READY_MAT);
  }

  private static Api.Reply send(String token, String body, String signature) {
    HttpRequest.Builder request =
        Api.anonymous()
            .request("/api/sync/webhooks/odoo/" + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Odoo-Signature", signature);
    }
    return Api.anonymous().send(request);
  }

  static String sign(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static long pending(long orderId) {
    return Database.count(
        "select count(*) from sync.webhook_hint where model = 'purchase.order' and record_id = ?"
            + " and processed_at is null",
        orderId);
  }

  @Test
  void signedHintIsQueuedOnceHoweverOftenItArrives() throws Exception {
    String body = "{\"_model\": \"purchase.order\", \"_id\": 9101, \"_action\": \"write\"}";

    Api.Reply first = send(TOKEN, body, sign(body));
    Api.Reply replayed = send(TOKEN, body, sign(body));

    assertThat(first.status()).isEqualTo(202);
    assertThat(first.json().get("outcome").asText()).isEqualTo("QUEUED");
    assertThat(replayed.status()).isEqualTo(202);
    assertThat(replayed.json().get("outcome").asText()).isEqualTo("ALREADY_QUEUED");
    assertThat(pending(9101)).isEqualTo(1);
  }

  @Test
  void forgedHintsAreRefusedAndChangeNothing() throws Exception {
    String body = "{\"_model\": \"purchase.order\", \"_id\": 9102}";
    String unknownModel = "{\"_model\": \"res.users\", \"_id\": 2}";

    PurchaseOrderApiIT.assertProblem(send("wrong-token", body, sign(body)), 401, null);
    PurchaseOrderApiIT.assertProblem(send(TOKEN, body, null), 401, "X-Odoo-Signature");
    PurchaseOrderApiIT.assertProblem(
        send(TOKEN, body, "sha256=" + "00".repeat(32)), 401, "X-Odoo-Signature");
    PurchaseOrderApiIT.assertProblem(send(TOKEN, body, sign(body + " ")), 401, "X-Odoo-Signature");
    PurchaseOrderApiIT.assertProblem(send(TOKEN, unknownModel, sign(unknownModel)), 422, "_model");
    PurchaseOrderApiIT.assertProblem(
        send(TOKEN, "{\"_model\": ", sign("{\"_model\": ")), 400, null);
    String huge =
        "{\"_model\": \"purchase.order\", \"_id\": 9102, \"x\": \""
            + "y".repeat(10 * 1024 * 1024)
            + "\"}";
    assertThat(send(TOKEN, huge, sign(huge)).status()).isEqualTo(413);

    assertThat(pending(9102)).isZero();
  }

  @Test
  void payloadValuesAreNeverAppliedTheRecordIsReadFromOdoo() throws Exception {
    ItOdoo.simulator().store().write("product.product", 7, Map.of("name", "Office Design Suite"));
    String body =
        "{\"_model\": \"product.product\", \"_id\": 7, \"name\": \"Written by a forger\"}";

    Api.Reply reply = send(TOKEN, body, sign(body));

    assertThat(reply.status()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        names(Api.purchaser().get("/api/products?query=Office%20Design&size=50")))
                    .contains("Office Design Suite")
                    .doesNotContain("Written by a forger"));
  }

  private static List<String> names(Api.Reply page) {
    List<String> names = new java.util.ArrayList<>();
    page.json().get("items").forEach(item -> names.add(item.get("name").asText()));
    return names;
  }

  @Test
  void operatorsStopAndStartTheFastPath() throws Exception {
    String body = "{\"_model\": \"purchase.order\", \"_id\": 9103}";
    try {
      assertThat(
              Api.operator().post("/api/sync/realtime/stop", "").json().get("enabled").asBoolean())
          .isFalse();
      PurchaseOrderApiIT.assertProblem(send(TOKEN, body, sign(body)), 503, null);
      assertThat(pending(9103)).isZero();
    } finally {
      assertThat(
              Api.operator().post("/api/sync/realtime/start", "").json().get("enabled").asBoolean())
          .isTrue();
    }
    assertThat(send(TOKEN, body, sign(body)).status()).isEqualTo(202);
    PurchaseOrderApiIT.assertProblem(
        Api.purchaser().post("/api/sync/realtime/stop", ""), 403, null);
  }

  /**
   * Sets a webhook limit on the running server as an operator can without a restart (a Liberty
   * {@code <variable>} in {@code configDropins/overrides}; null removes it) and waits until {@code
   * GET /api/sync/realtime} shows {@code shown} in {@code field}.
   */
  private static void limit(String name, String value, String field, String shown)
      throws Exception {
    Path file =
        Path.of(System.getProperty("orderbridge.server.dir"))
            .resolve("configDropins/overrides/it-" + name.toLowerCase() + ".xml");
    if (value == null) {
      Files.deleteIfExists(file);
    } else {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, "<server><variable name=\"" + name + "\" value=\"" + value + "\"/></server>\n");
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                shown.equals(Api.operator().get("/api/sync/realtime").json().path(field).asText()));
  }

  @Test
  void onlyAllowedAddressesMayPostAndRefusalsAreCounted() throws Exception {
    String body = "{\"_model\": \"purchase.order\", \"_id\": 9104}";
    double before = Api.counter("webhook_hints_refused_total", "reason", "address");
    try {
      limit("WEBHOOK_ALLOWED_ADDRESSES", "192.0.2.0/24", "allowedAddresses", "[192.0.2.0/24]");

      PurchaseOrderApiIT.assertProblem(send(TOKEN, body, sign(body)), 403, null);
      assertThat(pending(9104)).isZero();
      assertThat(Api.counter("webhook_hints_refused_total", "reason", "address"))
          .isEqualTo(before + 1);

      limit(
          "WEBHOOK_ALLOWED_ADDRESSES",
          "192.0.2.0/24, 127.0.0.0/8 ::1",
          "allowedAddresses",
          "[192.0.2.0/24, 127.0.0.0/8, ::1]");
      assertThat(send(TOKEN, body, sign(body)).status()).isEqualTo(202);
    } finally {
      limit("WEBHOOK_ALLOWED_ADDRESSES", null, "allowedAddresses", "any");
    }
  }

  @Test
  void aFullQueueAnswers429WithRetryAfterAndARepeatedHintStillCoalesces() throws Exception {
    String waiting = "{\"_model\": \"purchase.order\", \"_id\": 9105}";
    String fresh = "{\"_model\": \"purchase.order\", \"_id\": 9106}";
    try {
      limit("WEBHOOK_MAX_PENDING", "1", "maxPending", "1");
      await()
          .atMost(Duration.ofSeconds(90))
          .untilAsserted(
              () -> {
                // the timer's sweep settles hints about orders Odoo does not have: queue one again
                Api.Reply queued = send(TOKEN, waiting, sign(waiting));
                assertThat(queued.status()).as(queued.body()).isEqualTo(202);
                assertThat(
                        Database.count(
                            "select count(*) from sync.webhook_hint where processed_at is null"
                                + " and parked_at is null"))
                    .isEqualTo(1);
                Api.Reply full = send(TOKEN, fresh, sign(fresh));
                PurchaseOrderApiIT.assertProblem(full, 429, null);
                assertThat(full.response().headers().firstValue("Retry-After")).contains("30");
                Api.Reply again = send(TOKEN, waiting, sign(waiting));
                assertThat(again.status()).as(again.body()).isEqualTo(202);
                assertThat(again.json().get("outcome").asText()).isEqualTo("ALREADY_QUEUED");
              });
    } finally {
      limit("WEBHOOK_MAX_PENDING", null, "maxPending", "10000");
    }
  }

  @Test
  void withAReplayWindowOnlyAFreshSignedTimestampIsLetIn() throws Exception {
    String body = "{\"_model\": \"purchase.order\", \"_id\": 9107}";
    long now = Instant.now().getEpochSecond();
    try {
      limit("WEBHOOK_REPLAY_WINDOW", "PT5M", "replayWindow", "PT5M");

      PurchaseOrderApiIT.assertProblem(send(TOKEN, body, sign(body)), 401, "X-Webhook-Timestamp");
      long stale = now - 3600;
      PurchaseOrderApiIT.assertProblem(
          send(TOKEN, body, sign(stale + "." + body), stale), 401, "X-Webhook-Timestamp");
      PurchaseOrderApiIT.assertProblem(
          send(TOKEN, body, sign(stale + "." + body), now), 401, "X-Odoo-Signature");
      assertThat(pending(9107)).isZero();

      Api.Reply fresh = send(TOKEN, body, sign(now + "." + body), now);
      assertThat(fresh.status()).as(fresh.body()).isEqualTo(202);
    } finally {
      limit("WEBHOOK_REPLAY_WINDOW", null, "replayWindow", "off");
    }
  }

  @Test
  void processedHintsAreDeletedAfterTheirRetention() {
    Database.execute(
        "insert into sync.webhook_hint (model, record_id, received_at, processed_at) values"
            + " ('purchase.order', 9108, now() - interval '9 days', now() - interval '8 days'),"
            + " ('purchase.order', 9109, now() - interval '2 days', now() - interval '1 day')");

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                Database.count("select count(*) from sync.webhook_hint where record_id = 9108")
                    == 0);
    assertThat(Database.count("select count(*) from sync.webhook_hint where record_id = 9109"))
        .as("a hint processed within the retention (7 days) stays")
        .isEqualTo(1);
  }

  private static Api.Reply send(String token, String body, String signature, long timestamp) {
    return Api.anonymous()
        .send(
            Api.anonymous()
                .request("/api/sync/webhooks/odoo/" + token)
                .header("Content-Type", "application/json")
                .header("X-Odoo-Signature", signature)
                .header("X-Webhook-Timestamp", String.valueOf(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
  }
}
