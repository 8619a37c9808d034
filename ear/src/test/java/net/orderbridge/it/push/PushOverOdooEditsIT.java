package net.orderbridge.it.push;

import static net.orderbridge.it.SyncFixture.awaitOrderSettled;
import static net.orderbridge.it.SyncFixture.count;
import static net.orderbridge.it.SyncFixture.counter;
import static net.orderbridge.it.SyncFixture.localQuantity;
import static net.orderbridge.it.SyncFixture.odoo;
import static net.orderbridge.it.SyncFixture.odooIdOf;
import static net.orderbridge.it.SyncFixture.odooQuantity;
import static net.orderbridge.it.SyncFixture.operator;
import static net.orderbridge.it.SyncFixture.order;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.Test;

/**
 * An update never overwrites an Odoo edit it has not seen. Odoo's order is edited directly in the
 * simulator (which sends no webhooks here) and our order right after, so the push that our commit
 * wakes reaches Odoo before any poll: it must find Odoo's {@code write_date} moved and merge Odoo's
 * edit first, exactly as the pull would. A timer poll landing in that sub-second window would do
 * the merge itself and prove nothing, so each scenario checks the push's own merge counter and is
 * played again on a fresh order when a poll came first.
 */
class PushOverOdooEditsIT {

  private record Placed(String id, int odooId) {}

  @Test
  void disjointEditsOnBothSidesBothSurviveOnBothSides() {
    String notes = unique("guard-disjoint");
    Placed order =
        pushMerges(
            "APPLIED",
            notes,
            placed -> {
              odooLampQuantity(placed, 4.0);
              reviseBeforeAPull(placed, notes + "-local", Map.of());
            },
            placed -> awaitOrderSettled(placed.id()));

    assertThat(localQuantity(order.id(), 6)).as("Odoo's edit, merged into ours").isEqualTo(4.0);
    assertThat(order(order.id()).get("notes").asText()).isEqualTo(notes + "-local");
    assertThat(odooQuantity(order.odooId(), 6)).as("Odoo's edit, kept in Odoo").isEqualTo(4.0);
    assertThat(odooNote(order)).as("our edit, pushed").isEqualTo(notes + "-local");
    assertThat(openConflicts(order)).isZero();
  }

  @Test
  void theSameFieldEditedOnBothSidesOpensAConflictAndOverwritesNothing() {
    String notes = unique("guard-conflict");
    Placed order =
        pushMerges(
            "CONFLICT",
            notes,
            placed -> {
              odooLampQuantity(placed, 9.0);
              reviseBeforeAPull(placed, notes, Map.of(6L, "7"));
            },
            placed ->
                await()
                    .atMost(Duration.ofSeconds(30))
                    .until(
                        () -> openConflicts(placed) == 1 && syncStatus(placed).equals("CONFLICT")));

    JsonNode conflict = SyncFixture.openConflictOf(order.id());
    assertThat(conflict.get("path").asText()).endsWith("/quantity");
    assertThat(conflict.get("local").asText()).isEqualTo("7");
    assertThat(conflict.get("remote").asText()).isEqualTo("9");
    assertThat(operator("POST", "/api/sync/batch", null).status()).isEqualTo(200);
    assertThat(odooQuantity(order.odooId(), 6))
        .as("Odoo's value is not overwritten")
        .isEqualTo(9.0);
    assertThat(localQuantity(order.id(), 6)).as("nor is ours").isEqualTo(7.0);
    assertThat(
            count(
                "select count(*) from sync.outbox_message where order_id = ?::uuid"
                    + " and status = 'PENDING' and attempts = 0",
                order.id()))
        .as("the push is parked, not failed")
        .isPositive();

    Reply resolved =
        operator(
            "POST",
            "/api/sync/conflicts/" + conflict.get("id").asLong() + "/resolution",
            "{\"choice\": \"LOCAL\"}");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    awaitOrderSettled(order.id());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(odooQuantity(order.odooId(), 6)).isEqualTo(7.0));
  }

  @Test
  void aLocalConfirmDoesNotUndoACancelMadeInOdoo() {
    String notes = unique("guard-state");
    Placed order =
        pushMerges(
            "APPLIED",
            notes,
            placed -> {
              odoo()
                  .store()
                  .execute(
                      "purchase.order", "button_cancel", Map.of("ids", List.of(placed.odooId())));
              asBuyer(placed, "confirm");
            },
            placed -> awaitOrderSettled(placed.id()));

    assertThat(odooState(order)).as("Odoo's cancel stands").isEqualTo("cancel");
    assertThat(order(order.id()).get("state").asText())
        .as("state conflicts go Odoo's way by policy")
        .isEqualTo("CANCELLED");
  }

  @Test
  void aLocalCancelMergesAnOdooEditItHasNotSeenBeforeCancelling() {
    String notes = unique("guard-cancel");
    Placed order =
        pushMerges(
            "APPLIED",
            notes,
            placed -> {
              odooLampQuantity(placed, 4.0);
              asBuyer(placed, "cancel");
            },
            placed -> awaitOrderSettled(placed.id()));

    assertThat(odooState(order)).as("our cancel, pushed").isEqualTo("cancel");
    assertThat(odooQuantity(order.odooId(), 6)).as("Odoo's edit, kept in Odoo").isEqualTo(4.0);
    assertThat(localQuantity(order.id(), 6)).as("Odoo's edit, merged into ours").isEqualTo(4.0);
    assertThat(order(order.id()).get("state").asText()).isEqualTo("CANCELLED");
  }

  /**
   * Places and pushes an order, waits a second (Odoo's {@code write_date} has second resolution: an
   * Odoo edit in the very second of our push's write could not be told from it), then plays the
   * edits and awaits their end. Repeats on a fresh order when the push did not do the merge.
   */
  private static Placed pushMerges(
      String outcome, String notes, Consumer<Placed> edits, Consumer<Placed> settled) {
    String label = "outcome=\"" + outcome + "\"";
    for (int round = 1; ; round++) {
      Placed placed = placed(notes);
      sleep(Duration.ofMillis(1100));
      double before = counter("sync_push_odoo_edits_merged_total", label);
      try {
        edits.accept(placed);
        settled.accept(placed);
        if (counter("sync_push_odoo_edits_merged_total", label) > before) {
          return placed;
        }
      } catch (PulledFirst beforeOurEdit) {
        // the pull took Odoo's edit before the buyer's: no merge for the push to do this round
      }
      assertThat(round).as("a poll came before the push in every round").isLessThan(3);
    }
  }

  /** A pull applied Odoo's edit between the buyer's read and write (the write got 412). */
  private static final class PulledFirst extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The buyer's revision; when a pull (a webhook's or the timer's) applied Odoo's edit between the
   * buyer's read and write, the round has no merge for the push to do.
   */
  private static void reviseBeforeAPull(Placed order, String notes, Map<Long, String> quantities) {
    Reply revised = SyncFixture.tryRevise(order.id(), notes, quantities);
    if (revised.status() == 412) {
      throw new PulledFirst();
    }
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
  }

  private static Placed placed(String notes) {
    String id = SyncFixture.place(notes).get("id").asText();
    awaitOrderSettled(id);
    return new Placed(id, odooIdOf(id));
  }

  /** The buyer confirms or cancels the order through the API. */
  private static void asBuyer(Placed order, String action) {
    Reply reply =
        SyncFixture.buyer("POST", "/api/purchase-orders/" + order.id() + "/" + action, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static void odooLampQuantity(Placed order, double quantity) {
    SyncFixture.editOdooQuantity(order.odooId(), 6, quantity);
  }

  private static Object odooNote(Placed order) {
    return odoo().store().read("purchase.order", order.odooId()).get("note");
  }

  private static Object odooState(Placed order) {
    return odoo().store().read("purchase.order", order.odooId()).get("state");
  }

  private static String syncStatus(Placed order) {
    return order(order.id()).get("sync").get("status").asText();
  }

  private static long openConflicts(Placed order) {
    return SyncFixture.openConflicts(order.id());
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
