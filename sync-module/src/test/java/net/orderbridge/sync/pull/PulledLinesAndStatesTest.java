package net.orderbridge.sync.pull;

import static net.orderbridge.sync.pull.PullRig.BOLTS;
import static net.orderbridge.sync.pull.PullRig.NOW;
import static net.orderbridge.sync.pull.PullRig.ODOO_BOLTS;
import static net.orderbridge.sync.pull.PullRig.PUSHED;
import static net.orderbridge.sync.pull.PullRig.line;
import static net.orderbridge.sync.pull.PullRig.remote;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.RemoteLine;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.conflict.MergeOdooEdit;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import net.orderbridge.sync.outcome.SyncOutcome;
import org.junit.jupiter.api.Test;

/**
 * Odoo's lines and states coming back into a bound order through the real {@link PullOneOrder} and
 * {@link LocalChanges}: a line made in Odoo becomes ours and is bound, a changed quantity is
 * applied to our line, a confirmation or cancellation in Odoo is a change of our order's state, and
 * an order without an agreed base takes what is waiting in the outbox into account.
 */
class PulledLinesAndStatesTest {
  private static final Instant T1 = PUSHED.plusSeconds(60);
  private static final LocalDate DUE = LocalDate.of(2026, 12, 24);

  private final PullRig rig = new PullRig();

  @Test
  void aLineMadeInOdooBecomesOursBoundToItsOdooLine() {
    UUID orderId = rig.boundOrder(1);

    PullOneOrder.Outcome outcome = rig.one().apply(withLines(line(9001, ODOO_BOLTS, "10")));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(rig.applied.lines)
        .singleElement()
        .asList()
        .containsExactly(
            new RemoteLine(
                null, BOLTS, "Bolts M8", new BigDecimal("10"), new BigDecimal("2.5"), DUE));
    UUID ours = rig.orders.byId.get(orderId).lines().get(0).lineId();
    assertThat(rig.bindings.byOrder.get(orderId).lines())
        .containsExactly(Map.entry(ours, new OrderBinding.LineBinding(9001, "pulled")));
    assertThat(rig.bases.snapshots.get(orderId).values())
        .as("the base keys the line by our line id from now on")
        .containsEntry("lines/" + ours + "/quantity", "10")
        .containsEntry("lines/" + ours + "/product", String.valueOf(ODOO_BOLTS))
        .doesNotContainKey("lines/new:9001/quantity");
  }

  @Test
  void linesAddedInOdooNextToOursAreEachBoundToTheOdooLineTheyCameFrom() {
    UUID orderId = rig.boundOrder(1);
    UUID ours = rig.boundLine(orderId, 9000, "10");

    rig.one()
        .apply(
            withLines(
                line(9000, ODOO_BOLTS, "10"),
                line(9002, ODOO_BOLTS, "5"),
                line(9001, ODOO_BOLTS, "3")));

    Map<UUID, OrderBinding.LineBinding> bound = rig.bindings.byOrder.get(orderId).lines();
    assertThat(bound)
        .hasSize(3)
        .containsEntry(ours, new OrderBinding.LineBinding(9000, "line-hash"));
    rig.orders.byId.get(orderId).lines().stream()
        .filter(l -> !l.lineId().equals(ours))
        .forEach(
            l ->
                assertThat(bound.get(l.lineId()).odooLineId())
                    .as("the line of quantity " + l.quantity())
                    .isEqualTo(l.quantity().intValue() == 5 ? 9002 : 9001));
  }

  @Test
  void aQuantityChangedInOdooIsAppliedToOurBoundLine() {
    UUID orderId = rig.boundOrder(1);
    UUID ours = rig.boundLine(orderId, 9001, "10");

    PullOneOrder.Outcome outcome = rig.one().apply(withLines(line(9001, ODOO_BOLTS, "12")));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(rig.applied.lines)
        .singleElement()
        .asList()
        .containsExactly(
            new RemoteLine(ours, BOLTS, "Bolts", new BigDecimal("12"), new BigDecimal("2.5"), DUE));
    assertThat(rig.bindings.byOrder.get(orderId).lines())
        .containsExactly(Map.entry(ours, new OrderBinding.LineBinding(9001, "line-hash")));
    assertThat(rig.bases.snapshots.get(orderId).get("lines/" + ours + "/quantity")).isEqualTo("12");
  }

  @Test
  void aLineOdooKeepsWithoutAPlannedDateIsPlannedForToday() {
    rig.boundOrder(1);

    rig.one()
        .apply(
            withLines(
                new RemoteOrder.Line(
                    9001, ODOO_BOLTS, "Bolts M8", BigDecimal.TEN, new BigDecimal("2.5"), null)));

    assertThat(rig.applied.lines.get(0))
        .extracting(RemoteLine::plannedDate)
        .containsExactly(LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC));
  }

  @Test
  void anotherProductOnOurLineInOdooIsLookedUpInTheCatalogue() {
    UUID nuts = UUID.randomUUID();
    rig.odooProducts.put(nuts, 502L);
    UUID orderId = rig.boundOrder(1);
    UUID ours = rig.boundLine(orderId, 9001, "10");

    rig.one().apply(withLines(line(9001, 502, "10")));

    assertThat(rig.applied.lines.get(0)).extracting(RemoteLine::productId).containsExactly(nuts);
    assertThat(rig.applied.lines.get(0).get(0).lineId()).isEqualTo(ours);
  }

  @Test
  void aLineOfAnOdooProductUnknownHereParksTheOrder() {
    UUID orderId = rig.boundOrder(1);

    assertThat(rig.pulledOrders().applyOne(withLines(line(9001, 999, "1")))).isEmpty();

    assertThat(rig.failures.byOdooId.get(1L).reason())
        .isEqualTo("purchase.order 1: IllegalStateException: Odoo product 999 unknown");
    assertThat(rig.bases.snapshots.get(orderId)).isEqualTo(PullRig.agreed());
  }

  @Test
  void anOrderConfirmedInOdooIsConfirmedHere() {
    UUID orderId = rig.boundOrder(1);

    PullOneOrder.Outcome outcome = rig.one().apply(remote(1, T1, "Agreed", "purchase"));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(rig.applied.applied).containsExactly("state " + orderId + " PURCHASE false");
    assertThat(rig.bindings.byOrder.get(orderId).odooState()).isEqualTo("purchase");
    assertThat(rig.outcomes.fired)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(SyncOutcome.Kind.PULLED);
              assertThat(e.detail()).isEqualTo("from Odoo: [state]");
              assertThat(e.occurredAt()).isEqualTo(NOW);
            });
  }

  @Test
  void anOrderCancelledAndLockedInOdooIsCancelledAndLockedHere() {
    UUID orderId = rig.boundOrder(1);
    RemoteOrder cancelled =
        new RemoteOrder(1, "P1", "key-1", T1, "cancel", true, "Agreed", 7L, "EUR", List.of());

    rig.one().apply(cancelled);

    assertThat(rig.applied.applied).containsExactly("state " + orderId + " CANCELLED true");
    assertThat(rig.bindings.byOrder.get(orderId).odooLocked()).isTrue();
    assertThat(rig.bases.snapshots.get(orderId).get("state")).isEqualTo("cancel");
  }

  @Test
  void withoutAnAgreedBaseOdoosVersionCountsAsTheBaseWhileOurChangesWaitToBePushed() {
    UUID orderId = rig.boundOrder(1);
    rig.bases.snapshots.clear();
    rig.pendingPushes.add(orderId);

    PullOneOrder.Outcome outcome = rig.one().apply(remote(1, T1, "Odoo's note", "draft"));

    assertThat(outcome)
        .as("the waiting push carries ours; Odoo's edit is not taken for a change")
        .isEqualTo(PullOneOrder.Outcome.UNCHANGED);
    assertThat(rig.applied.applied).isEmpty();
  }

  @Test
  void withoutAnAgreedBaseOrAWaitingPushOdoosDifferencesAreApplied() {
    UUID orderId = rig.boundOrder(1);
    rig.bases.snapshots.clear();

    PullOneOrder.Outcome outcome = rig.one().apply(remote(1, T1, "Odoo's note", "draft"));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(rig.applied.applied).containsExactly("notes " + orderId + " Odoo's note");
  }

  @Test
  void anOrderDeletedHereIsSkippedAndNotRemembered() {
    UUID orderId = rig.boundOrder(1);
    rig.orders.byId.remove(orderId);

    assertThat(rig.one().apply(remote(1, T1, "Odoo's note", "draft")))
        .isEqualTo(PullOneOrder.Outcome.SKIPPED);
    assertThat(rig.versions.byOdooId).isEmpty();
    assertThat(rig.bindings.byOrder.get(orderId).writeDate()).isEqualTo(PUSHED);
  }

  @Test
  void thePushsMergeOfOdoosEditIsAttributedToThePushAndTellsAConflict() {
    rig.policies = "notes=manual";
    UUID orderId = rig.boundOrder(1);
    rig.boundOrder(2);
    PurchaseOrderSnapshot o = rig.orders.byId.get(orderId);
    rig.orders.byId.put(
        orderId,
        new PurchaseOrderSnapshot(
            orderId, o.number(), 3, o.supplierId(), "EUR", "Ours", "DRAFT", false, List.of()));
    PullOneOrder one = rig.one();

    MergeOdooEdit.Merge conflict = one.mergeOdooEdit(remote(1, T1, "Theirs", "draft"));
    MergeOdooEdit.Merge applied = one.mergeOdooEdit(remote(2, T1, "Theirs", "draft"));

    assertThat(conflict).isEqualTo(new MergeOdooEdit.Merge("CONFLICT", true));
    assertThat(applied).isEqualTo(new MergeOdooEdit.Merge("APPLIED", false));
    assertThat(rig.audit.origins).containsExactly(PullOneOrder.BY_PUSH, PullOneOrder.BY_PUSH);
    assertThat(rig.outcomes.fired)
        .extracting(SyncOutcome::kind)
        .contains(SyncOutcome.Kind.CONFLICT_OPENED);
  }

  @Test
  void ordersMadeInOdooAndBoundOnesOfOneRunAreEachJudgedInTheirOrder() {
    UUID orderId = rig.boundOrder(2);

    List<PullOneOrder.Outcome> outcomes =
        rig.one()
            .applyTogether(
                List.of(
                    remote(1, T1, "Made in Odoo", "draft"),
                    remote(2, T1, "Odoo's note", "draft"),
                    remote(3, T1, "Also made in Odoo", "draft")));

    assertThat(outcomes)
        .containsExactly(
            PullOneOrder.Outcome.IMPORTED,
            PullOneOrder.Outcome.APPLIED,
            PullOneOrder.Outcome.IMPORTED);
    assertThat(rig.importsAsked).containsExactly(1L, 3L);
    assertThat(rig.versions.byOdooId.keySet()).containsExactly(2L);
    assertThat(rig.bases.snapshots.get(orderId).get("notes")).isEqualTo("Odoo's note");
  }

  private static RemoteOrder withLines(RemoteOrder.Line... lines) {
    return new RemoteOrder(
        1, "P1", "key-1", T1, "draft", false, "Agreed", 7L, "EUR", List.of(lines));
  }
}
