package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.awaitSynced;
import static net.orderbridge.it.push.PushFixture.buyer;
import static net.orderbridge.it.push.PushFixture.odooLineIds;
import static net.orderbridge.it.push.PushFixture.odooLines;
import static net.orderbridge.it.push.PushFixture.odooOrders;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * An order placed, revised, confirmed, cancelled and deleted through the REST API reaches the
 * simulator once, with its lines and state, and its {@code sync} block says so.
 */
class PushIT {

  @Test
  void placedOrderAppearsOnceWithItsLinesThenConfirmAndCancelFollow() {
    JsonNode placed = PushFixture.place(PushFixture.unique("push-lifecycle"));
    String id = placed.get("id").asText();
    String number = placed.get("number").asText();

    JsonNode synced = awaitSynced(id, "draft");
    JsonNode sync = synced.get("sync");
    Map<String, Object> odooOrder = odooOrders(number).get(0);
    assertThat(sync.get("odooId").asLong()).isEqualTo(((Number) odooOrder.get("id")).longValue());
    assertThat(sync.get("odooName").asText()).isEqualTo(odooOrder.get("name")).startsWith("P");
    assertThat(((List<?>) odooOrder.get("partner_id")).get(0)).isEqualTo(11);
    List<Map<String, Object>> lines = odooLines(odooOrder.get("id"));
    assertThat(lines)
        .extracting(l -> ((List<?>) l.get("product_id")).get(0), l -> l.get("product_qty"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(5, 1.0),
            org.assertj.core.groups.Tuple.tuple(6, 2.0));

    PushFixture.confirmThenCancel(id);

    JsonNode view = operator("GET", "/api/sync/orders/" + id, null).json();
    assertThat(view.get("binding").get("odooId").asLong()).isEqualTo(sync.get("odooId").asLong());
    assertThat(view.get("binding").get("lines")).hasSize(2);
    assertThat(view.get("messages").size()).isGreaterThanOrEqualTo(3);
    assertThat(odooOrders(number)).hasSize(1);
  }

  @Test
  void revisedLinesAreDiffedIntoTheSameOdooOrder() {
    JsonNode placed = PushFixture.place(PushFixture.unique("push-revise"));
    String id = placed.get("id").asText();
    String number = placed.get("number").asText();
    awaitSynced(id, "draft");
    Object odooId = odooOrders(number).get(0).get("id");
    List<Long> before = odooLineIds(odooId);
    Reply revised = PushFixture.reviseChairDropLamps(id, PushFixture.line(5, "3"));
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    PushFixture.awaitChairRevisionInOdoo(odooId, before);
    assertThat(odooOrders(number)).hasSize(1);
  }

  @Test
  void deletedOrderIsCancelledAndRemovedInOdoo() {
    JsonNode placed = PushFixture.place(PushFixture.unique("push-delete"));
    String id = placed.get("id").asText();
    String number = placed.get("number").asText();
    awaitSynced(id, "draft");

    assertThat(buyer("POST", "/api/purchase-orders/" + id + "/cancel", null).status())
        .isEqualTo(200);
    assertThat(buyer("DELETE", "/api/purchase-orders/" + id, null).status()).isEqualTo(204);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(odooOrders(number)).isEmpty());
  }

  @Test
  void operatorSeesStatusAndCanPushAnOrderAtOnce() {
    JsonNode placed = PushFixture.place(PushFixture.unique("push-manual"));
    String id = placed.get("id").asText();
    awaitSynced(id, "draft");

    Reply pushed = operator("POST", "/api/sync/orders/" + id + "/push", null);
    assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
    assertThat(pushed.json().get("status").asText()).isEqualTo("SYNCED");
    JsonNode status = operator("GET", "/api/sync/status", null).json();
    assertThat(status.get("odoo").get("reachable").asBoolean()).isTrue();
    assertThat(status.get("odoo").get("transport").asText()).isEqualTo("JSON2");
    assertThat(status.get("odoo").get("version").asText()).isEqualTo("19.0");
    assertThat(status.get("lastSuccessfulSync").isNull()).isFalse();
    assertThat(operator("POST", "/api/sync/batch", null).status()).isEqualTo(200);
    assertThat(buyer("GET", "/api/sync/status", null).status()).isEqualTo(403);
    String metrics = PushFixture.send(null, "GET", "/metrics?scope=application", null, null).body();
    assertThat(metrics)
        .contains("sync_push_succeeded_total")
        .contains("sync_push_latency_seconds")
        .contains("sync_push_backlog");
    assertThat(odooOrders(placed.get("number").asText())).hasSize(1);
  }
}
