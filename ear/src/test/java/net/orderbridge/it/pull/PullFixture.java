package net.orderbridge.it.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.orderbridge.it.Api;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.Database;
import net.orderbridge.it.SyncFixture;

/**
 * The pull ITs' helpers, on top of {@link SyncFixture}: polls, held pushes, webhooks, looks into
 * Odoo.
 */
public final class PullFixture extends SyncFixture {
  private static final Path SERVER = Path.of(System.getProperty("orderbridge.server.dir"));
  private static final Path IMPORT_SETTING =
      SERVER.resolve("configDropins/overrides/it-sync-pull-import.xml");

  private PullFixture() {}

  /**
   * Sets {@code sync.pull.import} on the running server the way an operator can without a restart:
   * a Liberty {@code <variable>} in {@code configDropins/overrides} ({@code null} removes it: back
   * to the server's own setting, {@code all}). Waits until the pull reports the mode.
   */
  static void importMode(String mode) {
    try {
      if (mode == null) {
        Files.deleteIfExists(IMPORT_SETTING);
      } else {
        Files.createDirectories(IMPORT_SETTING.getParent());
        Files.writeString(
            IMPORT_SETTING,
            "<server><variable name=\"sync.pull.import\" value=\"" + mode + "\"/></server>\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String expected = mode == null ? "all" : mode;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                expected.equals(
                    operator("GET", "/api/sync/pull", null).json().path("importMode").asText()));
  }

  /** Creates an order in Odoo, as a user there would: two Office Chairs from this partner. */
  public static int odooOrder(int partner, String notes) {
    return odooOrder(partner, notes, java.time.Instant.now());
  }

  /** {@link #odooOrder(int, String)} in a transaction that started at {@code startedAt}. */
  static int odooOrder(int partner, String notes, java.time.Instant startedAt) {
    return odoo()
        .store()
        .startedAt(startedAt)
        .create(
            "purchase.order",
            Map.of(
                "partner_id",
                partner,
                "note",
                notes,
                "order_line",
                List.of(List.of(0, 0, Map.of("product_id", 5, "product_qty", 2.0)))));
  }

  /** A new vendor in Odoo that nothing has mirrored yet. */
  static int odooVendor(String name) {
    return odoo()
        .store()
        .create("res.partner", Map.of("name", name, "is_company", true, "supplier_rank", 1));
  }

  /** Whether an Odoo order is bound to a local one (imported, or pushed by us). */
  static boolean bound(int odooId) {
    return count("select count(*) from sync.order_binding where odoo_id = ?", (long) odooId) == 1;
  }

  /** {@code sync_pull_import_skipped_total{reason}}. */
  static double skippedImports(String reason) {
    return net.orderbridge.it.Api.counter("sync_pull_import_skipped_total", "reason", reason);
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
    return odooIdOf(id);
  }

  /** Holds back the order's push: a pending outbox message due in an hour heads its queue. */
  public static void holdPush(String orderId) {
    Database.execute(
        "insert into sync.outbox_message (order_id, kind, created_at, due_at) values ('"
            + orderId
            + "', 'CHANGED', now() - interval '1 hour', now() + interval '1 hour')");
  }

  public static void releasePush(String orderId) {
    Database.execute(
        "update sync.outbox_message set due_at = now() where order_id = '"
            + orderId
            + "' and status = 'PENDING'");
  }

  /** Posts a webhook body signed with the ITs' webhook secret (HMAC-SHA256), as Odoo would. */
  static Reply signedWebhook(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec("it-webhook-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String signature =
          "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
      return webhook(body, signature);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static Reply webhook(String body, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(BASE + "/api/sync/webhooks/odoo/it-webhook-token-0123456789abcdef"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Odoo-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return Api.anonymous().send(request);
  }
}
