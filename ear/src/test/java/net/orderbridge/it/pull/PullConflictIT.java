package net.orderbridge.it.pull;

import static net.orderbridge.it.SyncFixture.odooIdOf;
import static net.orderbridge.it.pull.PullFixture.odoo;
import static net.orderbridge.it.pull.PullFixture.order;
import static net.orderbridge.it.pull.PullFixture.poll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Edits on both sides: disjoint fields merge, the same field becomes a conflict that parks the push
 * until a person chooses, and every choice brings both sides to the same value. The push is held
 * back with a pending outbox message due in an hour (as if it had not run yet).
 */
class PullConflictIT {

  private record Placed(String id, int odooId) {}

  private static Placed placed(String notes) {
    JsonNode placed = PullFixture.place(notes);
    String id = placed.get("id").asText();
    PullFixture.awaitOrderSettled(id);
    return new Placed(id, odooIdOf(id));
  }

  private static void odooLampQuantity(Placed order, double quantity) {
    PullFixture.editOdooQuantity(order.odooId(), 6, quantity);
  }

  @Test
  void disjointEditsOnBothSidesMerge() {
    String notes = PullFixture.unique("pull-disjoint");
    Placed order = placed(notes);
    PullFixture.holdPush(order.id());
    PullFixture.revise(order.id(), notes + "-local", Map.of());
    odooLampQuantity(order, 4.0);

    poll();
    assertThat(PullFixture.localQuantity(order.id(), 6)).isEqualTo(4.0);
    assertThat(order(order.id()).get("notes").asText()).isEqualTo(notes + "-local");
    PullFixture.releasePush(order.id());

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        odoo()
                            .store()
                            .searchRead(
                                "purchase.order",
                                List.of(List.of("id", "=", order.odooId())),
                                List.of("note"))
                            .get(0)
                            .get("note"))
                    .isEqualTo(notes + "-local"));
    assertThat(PullFixture.odooQuantity(order.odooId(), 6)).isEqualTo(4.0);
  }

  @Test
  void overlappingEditsBecomeConflictsAndEveryChoiceConverges() {
    String notes = PullFixture.unique("pull-conflict");
    Map<String, Double> expected = Map.of("LOCAL", 7.0, "REMOTE", 9.0, "MERGED", 8.0);
    for (String choice : List.of("LOCAL", "REMOTE", "MERGED")) {
      Placed order = placed(notes);
      PullFixture.holdPush(order.id());
      PullFixture.revise(order.id(), notes, Map.of(6L, "7"));
      odooLampQuantity(order, 9.0);

      poll();
      JsonNode open = openConflictOf(order.id());
      assertThat(open.get("path").asText()).endsWith("/quantity");
      assertThat(open.get("local").asText()).isEqualTo("7");
      assertThat(open.get("remote").asText()).isEqualTo("9");
      PullFixture.releasePush(order.id());
      assertThat(PullFixture.localQuantity(order.id(), 6)).isEqualTo(7.0);
      assertThat(PullFixture.odooQuantity(order.odooId(), 6))
          .as("the push is parked while the conflict is open")
          .isEqualTo(9.0);

      String body =
          choice.equals("MERGED")
              ? "{\"choice\": \"MERGED\", \"values\": {\"value\": \"8\"}}"
              : "{\"choice\": \"" + choice + "\"}";
      Reply resolved =
          PullFixture.operator(
              "POST", "/api/sync/conflicts/" + open.get("id").asLong() + "/resolution", body);
      assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
      assertThat(resolved.json().get("status").asText()).isEqualTo("RESOLVED");
      assertThat(resolved.json().get("decidedBy").asText()).isEqualTo("operator");

      double want = expected.get(choice);
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                assertThat(PullFixture.localQuantity(order.id(), 6)).isEqualTo(want);
                assertThat(PullFixture.odooQuantity(order.odooId(), 6)).isEqualTo(want);
              });
      poll();
      assertThat(openConflicts(order.id())).isZero();
      assertThat(PullFixture.localQuantity(order.id(), 6)).isEqualTo(want);
    }
  }

  @Test
  void aLineRemovedInOdooWhileChangedHereStaysUntilChosenAndKeepingOursMakesItAgain() {
    String notes = PullFixture.unique("pull-line-removed");
    Placed order = placed(notes);
    PullFixture.holdPush(order.id());
    PullFixture.revise(order.id(), notes, Map.of(6L, "7"));
    int lamp = PullFixture.odooLineId(order.odooId(), 6);
    odoo()
        .store()
        .write(
            "purchase.order", order.odooId(), Map.of("order_line", List.of(List.of(2, lamp, 0))));

    poll();
    JsonNode open = openConflictOf(order.id());
    assertThat(open.get("path").asText()).endsWith("/quantity");
    assertThat(open.get("local").asText()).isEqualTo("7");
    assertThat(open.path("remote").isNull() || open.path("remote").isMissingNode())
        .as("Odoo's side has no line: " + open)
        .isTrue();
    assertThat(PullFixture.localQuantity(order.id(), 6))
        .as("the buyer's line is still here while the conflict is open")
        .isEqualTo(7.0);
    PullFixture.releasePush(order.id());

    Reply resolved =
        PullFixture.operator(
            "POST",
            "/api/sync/conflicts/" + open.get("id").asLong() + "/resolution",
            "{\"choice\": \"LOCAL\"}");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(PullFixture.odooQuantity(order.odooId(), 6)).isEqualTo(7.0));
    assertThat(PullFixture.odooLineId(order.odooId(), 6))
        .as("made again in Odoo as a new line")
        .isNotEqualTo(lamp);
    poll();
    assertThat(openConflicts(order.id())).isZero();
    assertThat(PullFixture.localQuantity(order.id(), 6)).isEqualTo(7.0);
  }

  private static long openConflicts(String orderId) {
    return PullFixture.openConflicts(orderId);
  }

  private static JsonNode openConflictOf(String orderId) {
    return PullFixture.openConflictOf(orderId);
  }
}
