package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.odooOrdersByKeys;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import net.orderbridge.it.Api.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An operator stops the automatic push: orders placed meanwhile queue in the outbox and reach Odoo
 * only once the push is started again; an explicit push of one order still runs meanwhile.
 */
class PushSwitchIT {

  @AfterEach
  void startAgain() {
    operator("POST", "/api/sync/push/start", null);
  }

  @Test
  void ordersQueueWhileThePushIsStoppedAndAllArriveOnceItStartsAgain() throws Exception {
    String notes = PushFixture.unique("push stopped");
    PushFixture.product(6);
    JsonNode stopped = operator("POST", "/api/sync/push/stop", null).json();
    assertThat(stopped.get("enabled").asBoolean()).isFalse();
    assertThat(stopped.get("changedBy").asText()).isEqualTo("operator");

    List<String> numbers = PushFixture.placeMany(20, notes);
    // longer than the test server's push interval: the timer fires and claims nothing
    await()
        .during(Duration.ofSeconds(7))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(odooOrdersByKeys(numbers)).isEmpty());
    assertThat(Delivery.messages(notes, "PENDING")).isEqualTo(20);
    JsonNode status = operator("GET", "/api/sync/status", null).json();
    assertThat(status.get("pushEnabled").asBoolean()).isFalse();
    assertThat(status.get("backlog").asLong()).isGreaterThanOrEqualTo(20);

    assertThat(operator("POST", "/api/sync/push/start", null).json().get("enabled").asBoolean())
        .isTrue();
    Delivery.awaitAllDelivered(notes, numbers, Duration.ofSeconds(60));
  }

  @Test
  void anOperatorsPushOfOneOrderRunsWhileThePushIsStopped() {
    operator("POST", "/api/sync/push/stop", null);
    JsonNode placed = PushFixture.place(PushFixture.unique("push stopped, pushed by hand"));
    String id = placed.get("id").asText();

    Reply pushed = operator("POST", "/api/sync/orders/" + id + "/push", null);

    assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
    assertThat(pushed.json().get("status").asText()).isEqualTo("SYNCED");
    assertThat(PushFixture.odooOrders(placed.get("number").asText())).hasSize(1);
  }
}
