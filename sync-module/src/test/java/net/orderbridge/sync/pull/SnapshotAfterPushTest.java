package net.orderbridge.sync.pull;

import static net.orderbridge.sync.pull.PullRig.BOLTS;
import static net.orderbridge.sync.pull.PullRig.ODOO_BOLTS;
import static net.orderbridge.sync.pull.PullRig.PUSHED;
import static net.orderbridge.sync.pull.PullRig.remote;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.sync.conflict.AgreedWithOdoo;
import org.junit.jupiter.api.Test;

/**
 * After a push, the order as the push read it is the agreed base of the three-way merge ({@link
 * SnapshotAfterPush}): Odoo coming back with it is our own echo, and an Odoo edit made after it is
 * applied even while newer local changes wait in the outbox.
 */
class SnapshotAfterPushTest {
  private static final Instant T1 = PUSHED.plusSeconds(60);

  private final PullRig rig = new PullRig();
  private final SnapshotAfterPush snapshots = new SnapshotAfterPush(rig.bases, rig.catalogue);

  @Test
  void thePushedOrdersBecomeTheBaseInOdoosTermsInOneStore() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID line = UUID.randomUUID();
    UUID unmapped = UUID.randomUUID();

    snapshots.pushed(
        new AgreedWithOdoo(
            List.of(
                order(first, "Pushed", "PURCHASE", List.of(line(line, BOLTS, "10.000"))),
                order(second, "", "CANCELLED", List.of(line(unmapped, UUID.randomUUID(), "1"))))));

    assertThat(rig.bases.snapshots.get(first).values())
        .containsEntry("notes", "Pushed")
        .containsEntry("state", "purchase")
        .containsEntry("locked", "false")
        .containsEntry("lines/" + line + "/product", String.valueOf(ODOO_BOLTS))
        .containsEntry("lines/" + line + "/quantity", "10");
    assertThat(rig.bases.snapshots.get(second).values())
        .containsEntry("state", "cancel")
        .as("a product without an Odoo id yet is no Odoo product")
        .containsEntry("lines/" + unmapped + "/product", "0")
        .doesNotContainKey("notes");
  }

  @Test
  void odooComingBackWithWhatWePushedIsOurEchoAndTheLocalOrderIsNotEvenRead() {
    UUID orderId = rig.boundOrder(1);
    snapshots.pushed(List.of(order(orderId, "Pushed", "DRAFT", List.of())));
    rig.orders.byId.remove(orderId);

    PullOneOrder.Outcome outcome = rig.one().apply(remote(1, T1, "Pushed", "draft"));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.UNCHANGED);
    assertThat(rig.applied.applied).isEmpty();
    assertThat(rig.outcomes.fired).isEmpty();
    assertThat(rig.conflicts.byId).isEmpty();
  }

  @Test
  void anOdooEditAfterThePushIsAppliedWhileNewerLocalChangesWait() {
    UUID orderId = rig.boundOrder(1);
    snapshots.pushed(List.of(order(orderId, "Pushed", "DRAFT", List.of())));
    rig.orders.byId.put(orderId, order(orderId, "Newer here", "DRAFT", List.of()));
    rig.pendingPushes.add(orderId);

    PullOneOrder.Outcome outcome = rig.one().apply(remote(1, T1, "Pushed", "purchase"));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(rig.applied.applied)
        .as("Odoo's confirmation taken, our newer note left to the push")
        .containsExactly("state " + orderId + " PURCHASE false");
    assertThat(rig.conflicts.byId).isEmpty();
  }

  private static PurchaseOrderSnapshot order(
      UUID id, String notes, String state, List<PurchaseOrderSnapshot.Line> lines) {
    return new PurchaseOrderSnapshot(
        id, "AF-PO-1", 4, UUID.randomUUID(), "EUR", notes, state, false, lines);
  }

  private static PurchaseOrderSnapshot.Line line(UUID id, UUID product, String quantity) {
    return new PurchaseOrderSnapshot.Line(
        id,
        product,
        "Bolts",
        new BigDecimal(quantity),
        new BigDecimal("2.50"),
        LocalDate.of(2026, 12, 24));
  }
}
