package net.orderbridge.it.push;

import static net.orderbridge.it.SyncFixture.awaitOrderSettled;
import static net.orderbridge.it.SyncFixture.count;
import static net.orderbridge.it.SyncFixture.odoo;
import static net.orderbridge.it.SyncFixture.odooIdOf;
import static net.orderbridge.it.SyncFixture.openConflicts;
import static net.orderbridge.it.SyncFixture.operator;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.Test;

/**
 * A local delete never overrides an Odoo edit it has not seen. Odoo's order is edited directly in
 * the simulator and our order deleted right after, so the push that the delete wakes meets Odoo's
 * moved {@code write_date}: it must not cancel nor unlink Odoo's order but open a conflict on the
 * order's existence, park the deletion, and act only on a person's choice. A poll landing between
 * the two edits would apply Odoo's edit first and make the delete legitimate; the scenario is then
 * played again on a fresh order.
 */
class PushDeleteOverOdooEditsIT {

  private record Placed(String id, int odooId) {}

  @Test
  void aDeleteMeetingAnUnseenOdooEditIsAConflictAndUnlinksNothingUntilLocalIsChosen() {
    Placed order = deletedOverOdooEdit(unique("delete-guard-local"));

    JsonNode conflict = SyncFixture.openConflictOf(order.id());
    assertThat(conflict.get("path").asText()).isEqualTo("exists");
    assertThat(conflict.get("local").asText()).isEqualTo("deleted");
    assertThat(operator("POST", "/api/sync/batch", null).status()).isEqualTo(200);
    assertThat(odooOrder(order)).as("Odoo's order is neither cancelled nor unlinked").isNotNull();
    assertThat(odooOrder(order).get("state")).isEqualTo("draft");
    assertThat(String.valueOf(odooOrder(order).get("note"))).contains("edited in Odoo");
    assertThat(
            count(
                "select count(*) from sync.outbox_message where order_id = ?::uuid"
                    + " and status = 'PENDING' and attempts = 0",
                order.id()))
        .as("the deletion is parked, not failed")
        .isPositive();
    assertThat(SyncFixture.buyer("GET", "/api/purchase-orders/" + order.id(), null).status())
        .isEqualTo(404);

    Reply merged = resolve(conflict, "MERGED");
    assertThat(merged.status()).as(merged.body()).isBetween(400, 499);
    Reply resolved = resolve(conflict, "LOCAL");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(odooOrder(order)).as("unlinked after LOCAL").isNull());
    assertThat(
            count("select count(*) from sync.order_binding where order_id = ?::uuid", order.id()))
        .isZero();
  }

  @Test
  void choosingRemoteKeepsOdoosOrderAndSettlesTheDeletion() {
    Placed order = deletedOverOdooEdit(unique("delete-guard-remote"));

    Reply resolved = resolve(SyncFixture.openConflictOf(order.id()), "REMOTE");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "select count(*) from sync.outbox_message where order_id = ?::uuid"
                            + " and status <> 'DONE'",
                        order.id())
                    == 0);
    assertThat(odooOrder(order)).as("Odoo's order stays").isNotNull();
    assertThat(odooOrder(order).get("state")).isEqualTo("draft");
    assertThat(
            count("select count(*) from sync.order_binding where order_id = ?::uuid", order.id()))
        .isZero();
  }

  /**
   * Places and pushes an order, waits a second (Odoo's {@code write_date} has second resolution),
   * edits its note in Odoo and deletes it here; returns once its existence conflict is open.
   * Repeats on a fresh order when a poll applied Odoo's edit before the delete's push.
   */
  private static Placed deletedOverOdooEdit(String notes) {
    for (int round = 1; ; round++) {
      String id = SyncFixture.place(notes).get("id").asText();
      awaitOrderSettled(id);
      Placed placed = new Placed(id, odooIdOf(id));
      sleep(Duration.ofMillis(1100));
      odoo().store().write("purchase.order", placed.odooId(), Map.of("note", "edited in Odoo"));
      assertThat(SyncFixture.buyer("DELETE", "/api/purchase-orders/" + id, null).status())
          .isEqualTo(204);
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> openConflicts(id) == 1 || odooOrder(placed) == null);
      if (openConflicts(id) == 1) {
        return placed;
      }
      assertThat(round).as("a poll came before the delete's push in every round").isLessThan(3);
    }
  }

  private static Reply resolve(JsonNode conflict, String choice) {
    return operator(
        "POST",
        "/api/sync/conflicts/" + conflict.get("id").asLong() + "/resolution",
        "{\"choice\": \"" + choice + "\"}");
  }

  private static Map<String, Object> odooOrder(Placed order) {
    List<Map<String, Object>> found =
        odoo()
            .store()
            .searchRead(
                "purchase.order",
                List.of(List.of("id", "=", order.odooId())),
                List.of("state", "note"));
    return found.isEmpty() ? null : found.get(0);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
