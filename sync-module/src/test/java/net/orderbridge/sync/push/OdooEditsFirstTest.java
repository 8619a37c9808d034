package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.sync.conflict.MergeOdooEdit;
import net.orderbridge.sync.fixture.InMemoryOdooWithLines;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.PurchaseSchema;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import org.junit.jupiter.api.Test;

/**
 * Odoo's unseen edits merged before our update, with the real {@link OdooPurchaseOrderRepository}
 * over an in-memory Odoo with lines and a recording stand-in for the pull's merge step: every
 * changed order is read in full in two calls for all of them and merged as Odoo has it now; what
 * the merge left (export again, or parked) and each failure is told per order, so that an order
 * Odoo lost, an Odoo that cannot be read or a merge that fails holds back only what it must.
 */
class OdooEditsFirstTest {
  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
  private static final long BOLTS = 31;

  private final InMemoryOdooWithLines odoo = new InMemoryOdooWithLines(T0);
  private final RecordingPushMetrics metrics = new RecordingPushMetrics();

  /** The orders the merge was given, in order. */
  private final List<RemoteOrder> mergedRemote = new ArrayList<>();

  /** What the merge answers per Odoo id; unknown ids merge cleanly. */
  private final Map<Long, MergeOdooEdit.Merge> answers = new HashMap<>();

  /** Merging these Odoo ids throws their exception. */
  private final Map<Long, RuntimeException> mergeFails = new HashMap<>();

  private final MergeOdooEdit merge =
      remote -> {
        mergedRemote.add(remote);
        RuntimeException failure = mergeFails.get(remote.odooId());
        if (failure != null) {
          throw failure;
        }
        return answers.getOrDefault(remote.odooId(), new MergeOdooEdit.Merge("merged", false));
      };

  @Test
  void everyChangedOrderIsReadInFullInTwoCallsAndMergedAsOdooHasItNow() {
    long first = odoo.order("PO-1", "draft", false, List.of(line(2)));
    long second = odoo.order("PO-2", "draft", false, List.of(line(5)));
    odoo.lineAddedByAUser(first, BOLTS, 7);
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();

    List<OdooEditsFirst.Merged> merged = edits().merge(ordered(first, one, second, two));

    assertThat(odoo.calls.stream().filter(c -> c.startsWith("read")))
        .containsExactly("read purchase.order", "read purchase.order.line");
    assertThat(mergedRemote).extracting(RemoteOrder::odooId).containsExactly(first, second);
    assertThat(mergedRemote.get(0).writeDate()).isEqualTo(odoo.writeDateOf(first));
    assertThat(mergedRemote.get(0).lines())
        .as("the line added in Odoo reaches the merge")
        .extracting(RemoteOrder.Line::quantity)
        .containsExactly(new BigDecimal("2.0"), new BigDecimal("7.0"));
    assertThat(merged).extracting(OdooEditsFirst.Merged::orderId).containsExactly(one, two);
    assertThat(merged)
        .allSatisfy(
            m -> {
              assertThat(m.failure()).isNull();
              assertThat(m.parked()).isFalse();
              assertThat(m.merge().outcome()).isEqualTo("merged");
            });
    assertThat(metrics.merged).containsExactly("merged", "merged");
  }

  @Test
  void aConflictThatWaitsForAPersonParksOnlyItsOrder() {
    long waiting = odoo.order("PO-1", "draft", false, List.of(line(2)));
    long clean = odoo.order("PO-2", "draft", false, List.of(line(5)));
    answers.put(waiting, new MergeOdooEdit.Merge("conflict", true));
    UUID parked = UUID.randomUUID();
    UUID again = UUID.randomUUID();

    List<OdooEditsFirst.Merged> merged = edits().merge(ordered(waiting, parked, clean, again));

    assertThat(merged)
        .extracting(OdooEditsFirst.Merged::orderId, OdooEditsFirst.Merged::parked)
        .containsExactly(tuple(parked, true), tuple(again, false));
    assertThat(metrics.merged).containsExactly("conflict", "merged");
  }

  @Test
  void anOrderOdooNoLongerHasFailsAsMissingAndTheOthersAreStillMerged() {
    long kept = odoo.order("PO-1", "draft", false, List.of(line(2)));
    long gone = 404;
    UUID lost = UUID.randomUUID();
    UUID found = UUID.randomUUID();

    List<OdooEditsFirst.Merged> merged = edits().merge(ordered(gone, lost, kept, found));

    assertThat(mergedRemote).extracting(RemoteOrder::odooId).containsExactly(kept);
    assertThat(merged.get(0).orderId()).isEqualTo(lost);
    assertThat(merged.get(0).merge()).isNull();
    assertThat(merged.get(0).parked()).as("nothing merged, nothing parked").isFalse();
    assertThat(merged.get(0).failure())
        .isInstanceOfSatisfying(
            OdooRecordMissingException.class,
            missing -> {
              assertThat(missing.missingModel()).isEqualTo("purchase.order");
              assertThat(missing.getMessage()).contains("purchase.order 404 is gone");
            });
    assertThat(merged.get(1).orderId()).isEqualTo(found);
    assertThat(merged.get(1).failure()).isNull();
    assertThat(metrics.merged).containsExactly("merged");
  }

  @Test
  void whenOdooCannotBeReadEveryOrderFailsWithThatFailureAndNothingIsMerged() {
    long first = odoo.order("PO-1", "draft", false, List.of(line(2)));
    long second = odoo.order("PO-2", "draft", false, List.of(line(5)));
    OdooUnavailableException down =
        new OdooUnavailableException(
            OdooUnavailableException.Outcome.NOT_SENT, null, "connection refused", null);
    odoo.failNext("read purchase.order", down);
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();

    List<OdooEditsFirst.Merged> merged = edits().merge(ordered(first, one, second, two));

    assertThat(mergedRemote).isEmpty();
    assertThat(merged).extracting(OdooEditsFirst.Merged::orderId).containsExactly(one, two);
    assertThat(merged)
        .allSatisfy(
            m -> {
              assertThat(m.failure()).isSameAs(down);
              assertThat(m.merge()).isNull();
            });
    assertThat(metrics.merged).isEmpty();
  }

  @Test
  void aMergeThatFailsFailsOnlyItsOrderAndIsNotCountedAsMerged() {
    long failing = odoo.order("PO-1", "draft", false, List.of(line(2)));
    long clean = odoo.order("PO-2", "draft", false, List.of(line(5)));
    RuntimeException clash = new IllegalStateException("binding changed meanwhile");
    mergeFails.put(failing, clash);
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();

    List<OdooEditsFirst.Merged> merged = edits().merge(ordered(failing, one, clean, two));

    assertThat(merged.get(0).orderId()).isEqualTo(one);
    assertThat(merged.get(0).failure()).isSameAs(clash);
    assertThat(merged.get(0).merge()).isNull();
    assertThat(merged.get(1).orderId()).isEqualTo(two);
    assertThat(merged.get(1).failure()).isNull();
    assertThat(metrics.merged).containsExactly("merged");
  }

  private OdooEditsFirst edits() {
    var client = odoo.client();
    return new OdooEditsFirst(
        new OdooPurchaseOrderRepository(client, new PurchaseSchema(client)), merge, metrics);
  }

  /** Two orders, Odoo id to local id, in this order. */
  private static Map<Long, UUID> ordered(long odooA, UUID a, long odooB, UUID b) {
    Map<Long, UUID> orders = new LinkedHashMap<>();
    orders.put(odooA, a);
    orders.put(odooB, b);
    return orders;
  }

  private static Map<String, Object> line(double quantity) {
    return Map.of("product_id", BOLTS, "product_qty", quantity);
  }
}
