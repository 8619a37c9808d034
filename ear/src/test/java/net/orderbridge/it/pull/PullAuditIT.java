package net.orderbridge.it.pull;

import static net.orderbridge.it.SyncFixture.odooIdOf;
import static net.orderbridge.it.pull.PullFixture.order;
import static net.orderbridge.it.pull.PullFixture.poll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Changes that come from Odoo are in the order's audit trail with who brought them (the pull, or
 * the operator whose manual pull or conflict resolution did) and each field before and after.
 */
class PullAuditIT {

  private static String placed(String notes) {
    String id = PullFixture.place(notes).get("id").asText();
    PullFixture.awaitOrderSettled(id);
    return id;
  }

  /** Our id of the order's line of Odoo product {@code product}. */
  private static String lineId(String orderId, long product) {
    for (JsonNode line : order(orderId).get("lines")) {
      if (line.get("productId").asText().equals(PullFixture.product(product))) {
        return line.get("lineId").asText();
      }
    }
    throw new AssertionError("no line of product " + product);
  }

  private static List<JsonNode> entries(String orderId, String action) {
    List<JsonNode> found = new ArrayList<>();
    PullFixture.buyer("GET", "/api/purchase-orders/" + orderId + "/audit", null)
        .json()
        .forEach(
            entry -> {
              if (entry.get("action").asText().equals(action)) {
                found.add(entry);
              }
            });
    return found;
  }

  private static List<String> changes(JsonNode entry) {
    List<String> changes = new ArrayList<>();
    entry
        .get("changes")
        .forEach(
            c ->
                changes.add(
                    c.get("field").asText()
                        + ": "
                        + c.path("before").asText("null")
                        + " -> "
                        + c.path("after").asText("null")));
    return changes;
  }

  @Test
  void anOdooEditIsAuditedAsThePullsOrAsTheOperatorsWhoPulledByHand() {
    String notes = PullFixture.unique("pull-audit");
    String id = placed(notes);
    int odooId = odooIdOf(id);
    String lamp = "lines/" + lineId(id, 6) + "/quantity";

    PullFixture.editInOdoo(odooId, "edited in Odoo", PullFixture.odooLineId(odooId, 6), 5.0);
    String body = "{\"_model\": \"purchase.order\", \"_id\": " + odooId + "}";
    Reply hinted = PullFixture.signedWebhook(body);
    assertThat(hinted.status()).as(hinted.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !entries(id, "CHANGED_IN_ODOO").isEmpty());

    JsonNode pulled = entries(id, "CHANGED_IN_ODOO").get(0);
    assertThat(pulled.get("actor").asText()).isEqualTo("sync:pull");
    assertThat(pulled.get("detail").asText()).isEqualTo("pulled from Odoo");
    assertThat(changes(pulled))
        .containsExactly("notes: " + notes + " -> edited in Odoo", lamp + ": 2 -> 5");

    PullFixture.editOdooQuantity(odooId, 6, 7.0);
    poll();
    List<JsonNode> changed = entries(id, "CHANGED_IN_ODOO");
    assertThat(changed).hasSize(2);
    JsonNode byHand = changed.get(1);
    assertThat(byHand.get("actor").asText()).isEqualTo("operator");
    assertThat(byHand.get("detail").asText()).isEqualTo("manual pull from Odoo");
    assertThat(changes(byHand)).containsExactly(lamp + ": 5 -> 7");
  }

  @Test
  void aConflictResolutionIsAuditedWithWhoSettledItAndWhichSideWon() {
    String notes = PullFixture.unique("pull-audit-conflict");
    String id = placed(notes);
    int odooId = odooIdOf(id);
    String lamp = "lines/" + lineId(id, 6) + "/quantity";
    PullFixture.holdPush(id);
    PullFixture.revise(id, notes, Map.of(6L, "7"));
    PullFixture.editOdooQuantity(odooId, 6, 9.0);
    poll();
    JsonNode open = PullFixture.openConflictOf(id);
    PullFixture.releasePush(id);
    long conflict = open.get("id").asLong();

    Reply resolved =
        PullFixture.operator(
            "POST", "/api/sync/conflicts/" + conflict + "/resolution", "{\"choice\": \"REMOTE\"}");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

    assertThat(changes(entries(id, "CHANGED").get(0))).containsExactly(lamp + ": 2 -> 7");
    List<JsonNode> settled = entries(id, "CONFLICT_RESOLVED");
    assertThat(settled).hasSize(1);
    JsonNode entry = settled.get(0);
    assertThat(entry.get("actor").asText()).isEqualTo("operator");
    assertThat(entry.get("detail").asText())
        .isEqualTo(
            "conflict "
                + conflict
                + " on "
                + open.get("path").asText()
                + ": Odoo's taken (REMOTE)");
    assertThat(changes(entry)).containsExactly(lamp + ": 7 -> 9");
  }
}
