package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.buyer;
import static net.orderbridge.it.push.PushFixture.odoo;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import net.orderbridge.simulator.fault.Faults;
import org.junit.jupiter.api.Test;

/**
 * A permanent failure (Odoo refuses our API key) dead-letters the order's message at once, shows
 * the reason in the order's {@code sync} block, and an operator's retry delivers it once Odoo takes
 * the key again.
 */
class PushDeadLetterIT {

  @Test
  void permanentFailureIsDeadLetteredAtOnceAndAnOperatorRetryDeliversIt() {
    PushFixture.product(6);
    String id;
    String number;
    PushFixture.forgetFaultHits();
    odoo().faults().rejectApiKey(true);
    try {
      JsonNode placed = PushFixture.place(PushFixture.unique("dead letter"));
      id = placed.get("id").asText();
      number = placed.get("number").asText();
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                JsonNode sync = buyer("GET", "/api/purchase-orders/" + id, null).json().get("sync");
                assertThat(sync.get("status").asText()).isEqualTo("FAILED");
                assertThat(sync.get("lastError").asText()).contains("Authentication");
              });
    } finally {
      odoo().faults().clear();
    }
    assertThat(PushFixture.odooOrders(number)).isEmpty();
    // the push batch's database check is its first call, and the one the refused key meets
    PushFixture.assertFaultHit(Faults.Kind.REJECT_API_KEY, PushFixture.DATABASE_CHECK);
    JsonNode message = PushFixture.deadLetterOf(id).orElse(null);
    assertThat(message).as("the order's dead letter").isNotNull();
    assertThat(message.get("errorType").asText()).isEqualTo("PERMANENT");
    assertThat(message.get("attempts").asInt()).isEqualTo(1);
    long deadLetter = message.get("id").asLong();

    assertThat(operator("POST", "/api/sync/dead-letters/" + deadLetter + "/retry", null).status())
        .isEqualTo(204);
    assertThat(operator("POST", "/api/sync/dead-letters/" + deadLetter + "/retry", null).status())
        .as("no longer dead")
        .isEqualTo(404);
    JsonNode retried = null;
    for (JsonNode entry : buyer("GET", "/api/purchase-orders/" + id + "/audit", null).json()) {
      if (entry.get("action").asText().equals("DEAD_LETTER_RETRIED")) {
        retried = entry;
      }
    }
    assertThat(retried).as("the retry in the order's audit trail").isNotNull();
    assertThat(retried.get("actor").asText()).isEqualTo("operator");
    assertThat(retried.get("detail").asText()).contains("dead letter " + deadLetter);

    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              JsonNode sync = buyer("GET", "/api/purchase-orders/" + id, null).json().get("sync");
              assertThat(sync.get("status").asText()).isEqualTo("SYNCED");
              assertThat(PushFixture.odooOrders(number)).hasSize(1);
            });
  }
}
