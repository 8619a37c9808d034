package net.orderbridge.it.pull;

import static net.orderbridge.it.SyncFixture.counter;
import static net.orderbridge.it.SyncFixture.odoo;
import static net.orderbridge.it.SyncFixture.operator;
import static net.orderbridge.it.SyncFixture.order;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.Database;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.Test;

/**
 * An Odoo order the pull cannot apply is parked with its reason, counted, shown to operators and
 * retried, instead of being read a few times in the overlap window and then left behind silently.
 */
class PullFailureIT {

  @Test
  void anOrderThePullCannotApplyIsParkedShownAndRetriedByAnOperator() {
    String notes = unique("parked-pull");
    int odooId = PullFixture.placeAndPush(notes);
    String orderId =
        Database.text("select id::text from purchase_order.purchase_order where notes = ?", notes);
    double parkedBefore = counter("sync_pull_parked_total", "");
    // notes longer than an OrderBridge order can hold: the apply fails, whatever the retry
    odoo().store().write("purchase.order", odooId, Map.of("note", "x".repeat(20_000)));

    JsonNode polled = PullFixture.poll();

    assertThat(polled.get("failed").asInt()).as(polled.toString()).isPositive();
    JsonNode parked = parkedPull(odooId);
    assertThat(parked).as("parked pull of %s", odooId).isNotNull();
    assertThat(parked.get("attempts").asInt()).isPositive();
    assertThat(parked.get("reason").asText()).contains("purchase.order " + odooId);
    assertThat(parked.get("nextAttemptAt").asText()).isNotBlank();
    assertThat(operator("GET", "/api/sync/status", null).json().get("parkedPulls").asLong())
        .isPositive();
    assertThat(operator("GET", "/api/sync/pull", null).json().get("parkedFailures").asLong())
        .isPositive();
    assertThat(counter("sync_pull_parked_total", "")).isGreaterThan(parkedBefore);

    Reply stillBroken = operator("POST", "/api/sync/pull/failures/" + odooId + "/retry", "");
    assertThat(stillBroken.status()).as(stillBroken.body()).isEqualTo(409);
    assertThat(stillBroken.body()).contains("purchase.order " + odooId);

    String mended = unique("mended in Odoo");
    odoo().store().write("purchase.order", odooId, Map.of("note", mended));
    Reply retried = operator("POST", "/api/sync/pull/failures/" + odooId + "/retry", "");

    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    assertThat(retried.json().get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(order(orderId).get("notes").asText()).isEqualTo(mended);
    assertThat(parkedPull(odooId)).as("parking left").isNull();
    assertThat(operator("POST", "/api/sync/pull/failures/" + odooId + "/retry", "").status())
        .isEqualTo(404);
  }

  @Test
  void onlyOperatorsRetryParkedPulls() {
    assertThat(SyncFixture.buyer("GET", "/api/sync/pull/failures", null).status()).isEqualTo(403);
    assertThat(SyncFixture.buyer("POST", "/api/sync/pull/failures/1/retry", "").status())
        .isEqualTo(403);
  }

  private static JsonNode parkedPull(int odooId) {
    Reply list = operator("GET", "/api/sync/pull/failures?limit=1000", null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode parked : list.json()) {
      if (parked.get("odooId").asLong() == odooId) {
        return parked;
      }
    }
    return null;
  }
}
