package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBinding.LineBinding;
import net.orderbridge.sync.fixture.InMemoryOdooWithLines;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.PlannedLine;
import net.orderbridge.sync.odoo.purchase.PlannedOrder;
import net.orderbridge.sync.odoo.purchase.PurchaseSchema;
import org.junit.jupiter.api.Test;

/**
 * One bound order brought in line with the local one by the real {@link OrderUpdater} and {@link
 * OdooPurchaseOrderRepository} over an in-memory Odoo with lines: the header and line commands it
 * writes, the state buttons it presses around the write, the lines it adopts or removes, and the
 * binding it reads back.
 */
class OrderUpdaterTest {
  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
  private static final String KEY = "AF-PO-000001@abc";

  private final InMemoryOdooWithLines odoo = new InMemoryOdooWithLines(T0);
  private final OdooPurchaseOrderRepository repository =
      new OdooPurchaseOrderRepository(odoo.client(), new PurchaseSchema(odoo.client()));
  private final UUID orderId = UUID.randomUUID();

  @Test
  void anOrderOdooAlreadyHasAsPlannedIsNeitherWrittenNorReadAgain() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "draft", false, List.of(bolts.vals()));
    OrderBinding binding = bound(odooId, "h", Map.of(bolts.lineId(), lineOf(odooId, 0, bolts)));

    OrderBinding after = update(plan("h", "DRAFT", false, bolts), binding, false);

    assertThat(odoo.writes).isEmpty();
    assertThat(odoo.buttons).isEmpty();
    assertThat(odoo.calls)
        .as("nothing read back")
        .containsOnly(
            "fieldsGet purchase.order", "fieldsGet purchase.order.line", "read purchase.order");
    assertThat(after.writeDate()).isEqualTo(odoo.writeDateOf(odooId));
    assertThat(after.lines()).containsExactlyEntriesOf(binding.lines());
  }

  @Test
  void aChangedHeaderIsWrittenWithoutLineCommandsAndTheBindingTakesOdoosNewWriteDate() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "draft", false, List.of(bolts.vals()));
    OrderBinding binding = bound(odooId, "old", Map.of(bolts.lineId(), lineOf(odooId, 0, bolts)));

    OrderBinding after = update(plan("new", "DRAFT", false, bolts), binding, false);

    assertThat(odoo.writes)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w).containsEntry("origin", KEY).doesNotContainKey("order_line");
            });
    assertThat(after.hash()).isEqualTo("new");
    assertThat(after.writeDate())
        .isEqualTo(odoo.writeDateOf(odooId))
        .isNotEqualTo(binding.writeDate());
    assertThat(after.odooName()).isEqualTo("P000" + odooId);
  }

  @Test
  void changedAddedAndRemovedLinesBecomeOneWriteOfLineCommands() {
    PlannedLine kept = line(5, 10);
    PlannedLine changed = line(6, 2);
    PlannedLine removed = line(7, 1);
    long odooId =
        odoo.order(KEY, "draft", false, List.of(kept.vals(), changed.vals(), removed.vals()));
    long changedLine = odoo.lineIdsOf(odooId).get(1);
    long removedLine = odoo.lineIdsOf(odooId).get(2);
    OrderBinding binding =
        bound(
            odooId,
            "old",
            Map.of(
                kept.lineId(), lineOf(odooId, 0, kept),
                changed.lineId(), lineOf(odooId, 1, changed),
                removed.lineId(), lineOf(odooId, 2, removed)));
    PlannedLine moreOfChanged = line(changed.lineId(), 6, 3);
    PlannedLine added = line(8, 4);

    OrderBinding after =
        update(plan("new", "DRAFT", false, kept, moreOfChanged, added), binding, false);

    assertThat(odoo.writes).hasSize(1);
    assertThat(commands(odoo.writes.get(0)))
        .containsExactlyInAnyOrder(
            List.of(1, changedLine, moreOfChanged.vals()),
            List.of(0, 0, added.vals()),
            List.of(2, removedLine));
    assertThat(odoo.lines).doesNotContainKey(removedLine);
    assertThat(odoo.lines.get(changedLine)).containsEntry("product_qty", 3.0);
    long newLine = odoo.lineIdsOf(odooId).get(2);
    assertThat(odoo.lines.get(newLine)).containsEntry("product_qty", 4.0);
    assertThat(after.lines())
        .containsOnlyKeys(kept.lineId(), changed.lineId(), added.lineId())
        .containsEntry(changed.lineId(), new LineBinding(changedLine, moreOfChanged.hash()))
        .containsEntry(added.lineId(), new LineBinding(newLine, added.hash()));
  }

  @Test
  void aBoundLineOdooNoLongerHasIsAddedAgainNotAddressed() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "draft", false, List.of());
    OrderBinding binding = bound(odooId, "h", Map.of(bolts.lineId(), new LineBinding(999, "x")));

    OrderBinding after = update(plan("h", "DRAFT", false, bolts), binding, false);

    assertThat(commands(odoo.writes.get(0))).containsExactly(List.of(0, 0, bolts.vals()));
    assertThat(after.lines().get(bolts.lineId()).odooLineId())
        .isEqualTo(odoo.lineIdsOf(odooId).get(0));
  }

  @Test
  void aConfirmedLocalOrderIsWrittenThenConfirmedAndLocked() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "draft", false, List.of(bolts.vals()));
    OrderBinding binding = bound(odooId, "h", Map.of(bolts.lineId(), lineOf(odooId, 0, bolts)));

    OrderBinding after = update(plan("h", "PURCHASE", true, bolts), binding, false);

    assertThat(odoo.writes).as("nothing but the state changed").isEmpty();
    assertThat(odoo.buttons).containsExactly("button_confirm " + odooId, "button_lock " + odooId);
    assertThat(after.odooState()).isEqualTo("purchase");
    assertThat(after.odooLocked()).isTrue();
    assertThat(after.writeDate()).isEqualTo(odoo.writeDateOf(odooId));
  }

  @Test
  void aLocallyCancelledOrderIsCancelledInOdoo() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "purchase", false, List.of(bolts.vals()));
    OrderBinding binding = bound(odooId, "h", Map.of(bolts.lineId(), lineOf(odooId, 0, bolts)));

    OrderBinding after = update(plan("h", "CANCELLED", false, bolts), binding, false);

    assertThat(odoo.buttons).containsExactly("button_cancel " + odooId);
    assertThat(after.odooState()).isEqualTo("cancel");
  }

  @Test
  void aLockedConfirmedOrderEditedBackToDraftIsUnlockedCancelledAndResetBeforeTheWrite() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "purchase", true, List.of(bolts.vals()));
    OrderBinding binding = bound(odooId, "old", Map.of(bolts.lineId(), lineOf(odooId, 0, bolts)));
    PlannedLine more = line(bolts.lineId(), 5, 12);

    OrderBinding after = update(plan("new", "DRAFT", false, more), binding, false);

    assertThat(odoo.buttons)
        .containsExactly(
            "button_unlock " + odooId, "button_cancel " + odooId, "button_draft " + odooId);
    assertThat(odoo.calls.indexOf("write " + InMemoryOdooWithLines.ORDER))
        .as("written once editable")
        .isGreaterThan(odoo.calls.lastIndexOf("call " + InMemoryOdooWithLines.ORDER));
    assertThat(odoo.lines.get(odoo.lineIdsOf(odooId).get(0))).containsEntry("product_qty", 12.0);
    assertThat(after.odooState()).isEqualTo("draft");
    assertThat(after.odooLocked()).isFalse();
  }

  @Test
  void anOdooLineLeftByALostWriteIsAdoptedInsteadOfAddedTwice() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "draft", false, List.of(bolts.vals()));
    long lost = odoo.lineIdsOf(odooId).get(0);
    OrderBinding binding = bound(odooId, "h", Map.of());

    OrderBinding after = update(plan("h", "DRAFT", false, bolts), binding, false);

    assertThat(odoo.lineIdsOf(odooId)).as("no second line").containsExactly(lost);
    assertThat(commands(odoo.writes.get(0)))
        .as("the adopted line's values are written, its hash being unknown")
        .containsExactly(List.of(1, lost, bolts.vals()));
    assertThat(after.lines()).containsEntry(bolts.lineId(), new LineBinding(lost, bolts.hash()));
  }

  @Test
  void anOdooUsersLineOnAnOrderWeKnowIsLeftAlone() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "draft", false, List.of(bolts.vals()));
    OrderBinding binding = bound(odooId, "h", Map.of(bolts.lineId(), lineOf(odooId, 0, bolts)));
    long theirs = odoo.lineAddedByAUser(odooId, 9, 1);

    OrderBinding after = update(plan("h", "DRAFT", false, bolts), binding, false);

    assertThat(odoo.writes).isEmpty();
    assertThat(odoo.lineIdsOf(odooId)).contains(theirs);
    assertThat(after.lines()).containsOnlyKeys(bolts.lineId());
  }

  @Test
  void onAnOrderOnlyFoundByItsKeyUnmatchedLinesAreOursFromAnOlderCreateAndRemoved() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "draft", false, List.of(bolts.vals(), line(9, 1).vals()));
    long match = odoo.lineIdsOf(odooId).get(0);
    long stale = odoo.lineIdsOf(odooId).get(1);
    OrderBinding found =
        new OrderBinding(orderId, KEY, odooId, null, null, null, null, false, null, Map.of());

    OrderBinding after = update(plan("h", "DRAFT", false, bolts), found, true);

    assertThat(commands(odoo.writes.get(0)))
        .containsExactlyInAnyOrder(List.of(1, match, bolts.vals()), List.of(2, stale));
    assertThat(odoo.lineIdsOf(odooId)).containsExactly(match);
    assertThat(after.lines()).containsOnlyKeys(bolts.lineId());
    assertThat(after.odooId()).isEqualTo(odooId);
    assertThat(after.odooName()).isEqualTo("P000" + odooId);
  }

  @Test
  void moreNewOdooLinesThanAddedOnesCannotBeBoundAndFailTheUpdate() {
    PlannedLine bolts = line(5, 10);
    long odooId = odoo.order(KEY, "draft", false, List.of());
    odoo.afterNext(
        "write " + InMemoryOdooWithLines.ORDER, () -> odoo.lineAddedByAUser(odooId, 9, 1));

    assertThatThrownBy(
            () -> update(plan("h", "DRAFT", false, bolts), bound(odooId, "h", Map.of()), false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("got 2 new lines for 1");
  }

  private OrderBinding update(PlannedOrder plan, OrderBinding binding, boolean foundByKey) {
    return new OrderUpdater(repository)
        .update(plan, binding, foundByKey, repository.read(binding.odooId()).orElseThrow());
  }

  private OrderBinding bound(long odooId, String hash, Map<UUID, LineBinding> lines) {
    return new OrderBinding(
        orderId,
        KEY,
        odooId,
        "P000" + odooId,
        odoo.writeDateOf(odooId),
        hash,
        "draft",
        false,
        T0,
        lines);
  }

  private LineBinding lineOf(long odooId, int index, PlannedLine line) {
    return new LineBinding(odoo.lineIdsOf(odooId).get(index), line.hash());
  }

  private PlannedOrder plan(String hash, String state, boolean locked, PlannedLine... lines) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("partner_id", 7L);
    header.put("origin", KEY);
    return new PlannedOrder(orderId, KEY, header, List.of(lines), hash, state, locked);
  }

  private static PlannedLine line(long product, double quantity) {
    return line(UUID.randomUUID(), product, quantity);
  }

  private static PlannedLine line(UUID lineId, long product, double quantity) {
    Map<String, Object> vals = new HashMap<>();
    vals.put("product_id", product);
    vals.put("product_qty", quantity);
    return new PlannedLine(lineId, "h-" + product + "-" + quantity, vals);
  }

  private static List<Object> commands(Map<String, Object> write) {
    return new ArrayList<>((List<?>) write.get("order_line"));
  }
}
