package net.orderbridge.it.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** Deletions leave nothing for the poll to see: the id reconciliation finds them. */
class PullReconcileIT {

  @Test
  void anOrderDeletedInOdooIsReportedOnceAndKeptLocally() {
    JsonNode placed = PullFixture.place(PullFixture.unique("deleted in Odoo"));
    String orderId = placed.get("id").asText();
    PullFixture.awaitOrderSettled(orderId);
    long odooId = PullFixture.odooIdOf(orderId);
    PullFixture.odoo()
        .store()
        .execute("purchase.order", "button_cancel", Map.of("ids", List.of((int) odooId)));
    PullFixture.odoo()
        .store()
        .execute("purchase.order", "unlink", Map.of("ids", List.of((int) odooId)));

    JsonNode first = reconcile();
    JsonNode second = reconcile();

    assertThat(first.get("deletedInOdoo")).extracting(JsonNode::asLong).contains(odooId);
    assertThat(second.get("deletedInOdoo")).extracting(JsonNode::asLong).doesNotContain(odooId);
    JsonNode order = PullFixture.order(orderId);
    assertThat(order.get("sync").get("status").asText()).isEqualTo("DELETED_IN_ODOO");
    assertThat(order.get("id").asText()).as("the local order is kept").isEqualTo(orderId);
  }

  @Test
  void ordersOdooStillHasAreLeftAlone() {
    JsonNode placed = PullFixture.place(PullFixture.unique("kept in Odoo"));
    String orderId = placed.get("id").asText();
    PullFixture.awaitOrderSettled(orderId);
    long odooId = PullFixture.odooIdOf(orderId);

    assertThat(reconcile().get("deletedInOdoo"))
        .extracting(JsonNode::asLong)
        .doesNotContain(odooId);
    assertThat(PullFixture.order(orderId).get("sync").get("status").asText()).isEqualTo("SYNCED");
  }

  private static JsonNode reconcile() {
    Reply reply = PullFixture.operator("POST", "/api/sync/pull/reconcile", "");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }
}
