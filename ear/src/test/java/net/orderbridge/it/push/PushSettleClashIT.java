package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.buyer;
import static net.orderbridge.it.push.PushFixture.odoo;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import net.orderbridge.it.Database;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, IT (c): a push Odoo took whose binding cannot be stored (the Odoo id it handed out is
 * already bound to another order, {@code order_binding_odoo_id_key}) ends as a dead letter with its
 * reason within the attempt, counted in the metrics and in {@code GET /api/sync/status}; before,
 * the order stayed PENDING for ever, every retry finding it by key and failing the same way.
 */
class PushSettleClashIT {

  @Test
  void aForcedUniqueViolationAtSettlingEndsAsADeadLetterWithItsReason() {
    PushFixture.product(6);
    int clash = 800_000 + ThreadLocalRandom.current().nextInt(100_000);
    String stranger = "it-clash-" + clash;
    Database.execute(
        "insert into sync.order_binding (order_id, external_key, odoo_id) values"
            + " (gen_random_uuid(), '"
            + stranger
            + "', "
            + clash
            + ")");
    double settlingFailures =
        PushFixture.counter("sync_push_settling_failed_total", "errorType=\"PERMANENT\"");
    long deadBefore = operator("GET", "/api/sync/status", null).json().get("deadLetters").asLong();
    // only this order may take the id: the automatic push stops, the claims in flight settle,
    // and the order is pushed by hand
    operator("POST", "/api/sync/push/stop", null);
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  Database.count(
                          "select count(*) from sync.outbox_message"
                              + " where status = 'PENDING' and claimed_until > now()")
                      == 0);
      JsonNode placed = PushFixture.place(PushFixture.unique("settle clash"));
      String id = placed.get("id").asText();
      odoo().store().setNextId("purchase.order", clash);

      JsonNode pushed = operator("POST", "/api/sync/orders/" + id + "/push", null).json();

      assertThat(pushed.get("status").asText()).as(pushed.toString()).isEqualTo("FAILED");
      assertThat(pushed.get("error").asText())
          .contains("order_binding_odoo_id_key")
          .contains(Integer.toString(clash));
      JsonNode sync = buyer("GET", "/api/purchase-orders/" + id, null).json().get("sync");
      assertThat(sync.get("status").asText()).isEqualTo("FAILED");
      assertThat(sync.get("lastError").asText()).contains("order_binding_odoo_id_key");
      JsonNode deadLetter = PushFixture.deadLetterOf(id).orElse(null);
      assertThat(deadLetter).as("the order's dead letter").isNotNull();
      assertThat(deadLetter.get("errorType").asText()).isEqualTo("PERMANENT");
      assertThat(deadLetter.get("attempts").asInt()).isEqualTo(1);
      assertThat(PushFixture.odooOrders(placed.get("number").asText()))
          .as("Odoo has it once: created, then not bound")
          .hasSize(1);
      assertThat(operator("GET", "/api/sync/status", null).json().get("deadLetters").asLong())
          .isGreaterThan(deadBefore);
      assertThat(PushFixture.counter("sync_push_settling_failed_total", "errorType=\"PERMANENT\""))
          .isGreaterThan(settlingFailures);
    } finally {
      operator("POST", "/api/sync/push/start", null);
      Database.execute("delete from sync.order_binding where external_key = '" + stranger + "'");
    }
  }
}
