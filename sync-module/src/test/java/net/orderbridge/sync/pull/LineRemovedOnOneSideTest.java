package net.orderbridge.sync.pull;

import static net.orderbridge.sync.pull.PullRig.BOLTS;
import static net.orderbridge.sync.pull.PullRig.ODOO_BOLTS;
import static net.orderbridge.sync.pull.PullRig.PUSHED;
import static net.orderbridge.sync.pull.PullRig.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.conflict.ConflictMetrics;
import net.orderbridge.sync.conflict.ResolveConflict;
import net.orderbridge.sync.conflict.SyncConflict;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import org.junit.jupiter.api.Test;

/**
 * A line removed on one side while the other side changed it, from the pull to a person's choice,
 * through the real {@link PullOneOrder}, {@link LocalChanges} and {@link ResolveConflict}. The line
 * is decided whole: it is never left half applied (a line without a product is no line, and our
 * order would lose it), and while a person decides, the buyer's line stays as the buyer left it.
 */
class LineRemovedOnOneSideTest {
  private static final Instant T1 = PUSHED.plusSeconds(60);
  private static final Instant T2 = PUSHED.plusSeconds(120);

  private final PullRig rig = new PullRig();
  private final UUID orderId = rig.boundOrder(1);
  private final UUID line = rig.boundLine(orderId, 9001, "10");

  @Test
  void aLineRemovedInOdooWhileTheBuyerChangedItStaysHereUntilAPersonDecides() {
    buyerSetsQuantity("12");

    PullOneOrder.Outcome outcome = rig.one().apply(odoo(T1));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.CONFLICT);
    assertThat(rig.applied.lines).as("nothing of the line is applied here").isEmpty();
    assertThat(ourLines())
        .singleElement()
        .extracting(PurchaseOrderSnapshot.Line::quantity)
        .isEqualTo(new BigDecimal("12"));
    assertThat(rig.conflicts.countOpen()).isEqualTo(1);
    SyncConflict open = openConflict();
    assertThat(open.path()).isEqualTo("lines/" + line + "/quantity");
    assertThat(open.local()).isEqualTo("12");
    assertThat(open.remote()).isNull();
  }

  @Test
  void anotherEditInOdooWhileThatConflictIsOpenStillLeavesTheBuyersLineAlone() {
    buyerSetsQuantity("12");
    rig.one().apply(odoo(T1));

    rig.one().apply(odoo(T2, "Odoo's note"));

    assertThat(rig.orders.byId.get(orderId).notes()).isEqualTo("Odoo's note");
    assertThat(ourLines())
        .singleElement()
        .extracting(PurchaseOrderSnapshot.Line::lineId)
        .isEqualTo(line);
    assertThat(rig.conflicts.countOpen()).isEqualTo(1);
  }

  @Test
  void choosingOdoosSideRemovesTheLineHere() {
    buyerSetsQuantity("12");
    rig.one().apply(odoo(T1));

    resolve().resolve(openConflict().id(), SyncConflict.Choice.REMOTE, null, "ann");

    assertThat(ourLines()).isEmpty();
    assertThat(rig.conflicts.countOpen()).isZero();
    assertThat(rig.bases.snapshots.get(orderId).values())
        .doesNotContainKey("lines/" + line + "/quantity");
  }

  @Test
  void choosingOdoosSideOfAPriceTheBuyerChangedOnALineOdooRemovedRemovesTheWholeLine() {
    PurchaseOrderSnapshot.Line l = ourLines().get(0);
    withLines(
        rig.orders.byId.get(orderId),
        List.of(
            new PurchaseOrderSnapshot.Line(
                l.lineId(),
                l.productId(),
                l.description(),
                l.quantity(),
                new BigDecimal("3.10"),
                l.plannedDate())));
    rig.one().apply(odoo(T1));
    assertThat(openConflict().path()).endsWith("/unitPrice");

    resolve().resolve(openConflict().id(), SyncConflict.Choice.REMOTE, null, "ann");

    assertThat(ourLines()).as("no line left with a price of 0").isEmpty();
  }

  @Test
  void keepingOursKeepsTheLineAndLeavesItForThePushToBringBack() {
    buyerSetsQuantity("12");
    rig.one().apply(odoo(T1));

    resolve().resolve(openConflict().id(), SyncConflict.Choice.LOCAL, null, "ann");

    assertThat(ourLines())
        .singleElement()
        .extracting(PurchaseOrderSnapshot.Line::quantity)
        .isEqualTo(new BigDecimal("12"));
    assertThat(rig.bindings.byOrder.get(orderId).lines())
        .as("Odoo's line is gone, so the push makes the line anew")
        .isEmpty();
    assertThat(rig.bases.snapshots.get(orderId).values())
        .as("only our side has the line now")
        .noneSatisfy((path, value) -> assertThat(path).startsWith("lines/" + line));
  }

  @Test
  void whenOursWinTheLineIsKeptWholeForThePush() {
    rig.policies = "lines=local";
    buyerSetsQuantity("12");

    PullOneOrder.Outcome outcome = rig.one().apply(odoo(T1));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(ourLines())
        .singleElement()
        .extracting(PurchaseOrderSnapshot.Line::quantity)
        .isEqualTo(new BigDecimal("12"));
    assertThat(rig.conflicts.countOpen()).isZero();
  }

  @Test
  void whenOdooWinsALineTheBuyerRemovedComesBackBoundToItsOdooLine() {
    rig.policies = "lines=remote";
    buyerRemovesTheLine();

    rig.one().apply(odoo(T1, "Agreed", line(9001, ODOO_BOLTS, "15")));

    PurchaseOrderSnapshot.Line back = ourLines().get(0);
    assertThat(ourLines()).hasSize(1);
    assertThat(back.quantity()).isEqualTo(new BigDecimal("15"));
    assertThat(back.productId()).isEqualTo(BOLTS);
    assertThat(back.lineId())
        .as("a new line of ours: the removed one's id is gone")
        .isNotEqualTo(line);
    assertThat(rig.bindings.byOrder.get(orderId).lines())
        .as("bound to Odoo's line, so that the push does not make it twice")
        .containsOnlyKeys(back.lineId())
        .extractingByKey(back.lineId())
        .extracting(OrderBinding.LineBinding::odooLineId)
        .isEqualTo(9001L);
    assertThat(rig.bases.snapshots.get(orderId).get("lines/" + back.lineId() + "/quantity"))
        .isEqualTo("15");
  }

  @Test
  void choosingOdoosSideOfALineTheBuyerRemovedIsRefusedWithWhatToDoInstead() {
    buyerRemovesTheLine();
    rig.one().apply(odoo(T1, "Agreed", line(9001, ODOO_BOLTS, "15")));
    long id = openConflict().id();

    assertThatThrownBy(() -> resolve().resolve(id, SyncConflict.Choice.REMOTE, null, "ann"))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessageContaining("no longer in our order")
        .hasMessageContaining("Odoo's taken (REMOTE) has no line to go to");
    assertThat(rig.conflicts.find(id).orElseThrow().isOpen()).isTrue();
    assertThat(ourLines()).isEmpty();
  }

  private List<PurchaseOrderSnapshot.Line> ourLines() {
    return rig.orders.byId.get(orderId).lines();
  }

  private SyncConflict openConflict() {
    return rig.conflicts.openOf(orderId).get(0);
  }

  private void buyerSetsQuantity(String quantity) {
    PurchaseOrderSnapshot o = rig.orders.byId.get(orderId);
    PurchaseOrderSnapshot.Line l = o.lines().get(0);
    withLines(
        o,
        List.of(
            new PurchaseOrderSnapshot.Line(
                l.lineId(),
                l.productId(),
                l.description(),
                new BigDecimal(quantity),
                l.unitPrice(),
                l.plannedDate())));
  }

  private void buyerRemovesTheLine() {
    withLines(rig.orders.byId.get(orderId), List.of());
  }

  private void withLines(PurchaseOrderSnapshot o, List<PurchaseOrderSnapshot.Line> lines) {
    rig.orders.byId.put(
        orderId,
        new PurchaseOrderSnapshot(
            orderId,
            o.number(),
            o.version() + 1,
            o.supplierId(),
            o.currency(),
            o.notes(),
            o.state(),
            o.locked(),
            lines));
  }

  private static RemoteOrder odoo(Instant writeDate, String notes, RemoteOrder.Line... lines) {
    return new RemoteOrder(
        1, "P1", "key-1", writeDate, "draft", false, notes, 7L, "EUR", List.of(lines));
  }

  /** Odoo's order without its line: someone removed it there. */
  private static RemoteOrder odoo(Instant writeDate) {
    return odoo(writeDate, "Agreed");
  }

  private ResolveConflict resolve() {
    return new ResolveConflict(
        rig.conflicts,
        rig.orders,
        new LocalChanges(rig.applied, rig.catalogue, rig.clock),
        rig.bases,
        rig.catalogue,
        new ConflictMetrics(rig.counters.registry(), rig.conflicts),
        new RecordedEvents<PurchaseOrderEvent>(),
        rig.clock,
        rig.outcomes,
        null,
        rig.audit);
  }
}
