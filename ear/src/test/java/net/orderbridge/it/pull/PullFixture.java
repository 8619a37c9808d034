package net.orderbridge.it.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.orderbridge.it.Database;
import net.orderbridge.it.SyncFixture;

/**
 * The pull ITs' helpers, on top of {@link SyncFixture}: polls, held pushes, webhooks, looks into
 * Odoo.
 */
final class PullFixture extends SyncFixture {
  private PullFixture() {}

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

  /** Holds back the order's push: a pending outbox message due in an hour heads its queue. */
  static void holdPush(String orderId) {
    Database.execute(
        "insert into sync.outbox_message (order_id, kind, created_at, due_at) values ('"
            + orderId
            + "', 'CHANGED', now() - interval '1 hour', now() + interval '1 hour')");
  }

  static void releasePush(String orderId) {
    Database.execute(
        "update sync.outbox_message set due_at = now() where order_id = '"
            + orderId
            + "' and status = 'PENDING'");
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
