package net.orderbridge.it.console;

import static net.orderbridge.it.console.EventStream.about;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import net.orderbridge.it.Api;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.SyncFixture;
import net.orderbridge.it.pull.PullFixture;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/sync/events} against the real server, simulator and database: each order's sync
 * outcome reaches the streams that may hear it as it commits, a purchaser's stream only carries the
 * orders that purchaser placed, and the stream needs credentials.
 */
class SyncEventsIT extends SyncFixture {

  @Test
  void aPushedOrderReachesTheOperatorsAndItsPurchasersStreamsWithItsOdooId() throws Exception {
    try (EventStream operator = EventStream.open("operator", "operator-demo");
        EventStream buyer = EventStream.open("buyer", "buyer-demo");
        EventStream auditor = EventStream.open("auditor", "auditor-demo")) {
      String id = place(unique("events-pushed")).get("id").asText();

      JsonNode pushed = buyer.awaitEvent("pushed", about(id)).data();
      assertThat(pushed.get("kind").asText()).isEqualTo("pushed");
      assertThat(pushed.get("odooId").asLong()).isEqualTo(odooIdOf(id)).isPositive();
      assertThat(pushed.get("odooName").asText()).startsWith("P");
      assertThat(pushed.get("occurredAt").asText()).isNotBlank();
      assertThat(operator.awaitEvent("pushed", about(id)).data().get("odooId").asLong())
          .isEqualTo(pushed.get("odooId").asLong());
      auditor.awaitEvent("pushed", about(id));
    }
  }

  @Test
  void aPurchaserDoesNotHearOfOrdersOthersMade() throws Exception {
    try (EventStream operator = EventStream.open("operator", "operator-demo");
        EventStream buyer = EventStream.open("buyer", "buyer-demo")) {
      supplier();
      int odooId = PullFixture.odooOrder(11, unique("events-made-in-odoo"));
      assertThat(operator("POST", "/api/sync/pull", "").status()).isEqualTo(200);
      JsonNode pulled =
          operator.awaitEvent("pulled", d -> d.path("odooId").asLong() == odooId).data();
      String imported = pulled.get("orderId").asText();

      // an order of the buyer's own, told after the imported one, shows the stream is alive
      String own = place(unique("events-own")).get("id").asText();
      buyer.awaitEvent("pushed", about(own));
      await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(3))
          .untilAsserted(
              () ->
                  assertThat(buyer.of(imported)).as("an order the buyer did not place").isEmpty());
    }
  }

  @Test
  void aConflictOpenedByAnOdooEditAndSettledByAPersonIsTold() throws Exception {
    try (EventStream operator = EventStream.open("operator", "operator-demo")) {
      String notes = unique("events-conflict");
      String id = place(notes).get("id").asText();
      awaitOrderSettled(id);
      int odooId = odooIdOf(id);
      PullFixture.holdPush(id);
      revise(id, notes, Map.of(6L, "7"));
      editOdooQuantity(odooId, 6, 9.0);
      assertThat(operator("POST", "/api/sync/pull", "").status()).isEqualTo(200);

      JsonNode opened = operator.awaitEvent("conflict-opened", about(id)).data();
      assertThat(opened.get("detail").asText()).endsWith("/quantity");
      long conflict = openConflictOf(id).get("id").asLong();
      Reply resolved =
          operator(
              "POST", "/api/sync/conflicts/" + conflict + "/resolution", "{\"choice\":\"REMOTE\"}");
      assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
      assertThat(operator.awaitEvent("conflict-settled", about(id)).data().get("detail").asText())
          .endsWith(": remote");
      PullFixture.releasePush(id);
    }
  }

  @Test
  void aPushOdooRefusesIsToldWithItsReason() throws Exception {
    supplier();
    try (EventStream buyer = EventStream.open("buyer", "buyer-demo")) {
      String id;
      try {
        odoo().faults().rejectApiKey(true);
        id = place(unique("events-failed")).get("id").asText();
        JsonNode failed = buyer.awaitEvent("failed", about(id)).data();
        assertThat(failed.get("detail").asText()).isNotBlank();
      } finally {
        odoo().faults().rejectApiKey(false);
      }
      // only this order's dead letter: a retry of all would revive what other tests left behind
      String order = id;
      long deadLetter =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> deadLetterOf(order), java.util.Optional::isPresent)
              .orElseThrow()
              .get("id")
              .asLong();
      assertThat(operator("POST", "/api/sync/dead-letters/" + deadLetter + "/retry", null).status())
          .isEqualTo(204);
      buyer.awaitEvent("pushed", about(id), Duration.ofSeconds(120));
    }
  }

  @Test
  void theLastHourCountsPushedOrdersMinuteByMinute() {
    String id = place(unique("history")).get("id").asText();
    awaitOrderSettled(id);
    JsonNode hour = operator("GET", "/api/sync/history", null).json();
    assertThat(hour).hasSize(60);
    long pushed = 0;
    for (JsonNode minute : hour) {
      pushed += minute.get("pushed").asLong();
    }
    assertThat(pushed).isPositive();
    assertThat(buyer("GET", "/api/sync/history", null).status()).isEqualTo(403);
  }

  @Test
  void theStreamNeedsCredentials() throws Exception {
    HttpResponse<String> refused =
        Api.client().send(EventStream.request(null, null), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }
}
