package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
  private static final String TOKEN = "it-webhook-token";
  private static final String SECRET = "it-webhook-secret";

  @BeforeAll
  static void catalogue() {
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
}
