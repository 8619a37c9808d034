package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.conflict.ConflictMetrics;
import net.orderbridge.sync.conflict.ConflictPolicy;
import net.orderbridge.sync.conflict.FieldGroup;
import net.orderbridge.sync.conflict.SyncConflict;
import net.orderbridge.sync.conflict.SyncedFields;
import net.orderbridge.sync.fixture.InMemoryMergeBases;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.fixture.InMemoryPulledVersions;
import net.orderbridge.sync.fixture.InMemoryPurchaseOrders;
import net.orderbridge.sync.fixture.InMemorySyncConflicts;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.fixture.RecordedRemoteOrderChanges;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import net.orderbridge.sync.outcome.SyncOutcome;
import org.junit.jupiter.api.Test;

/**
 * One Odoo order pulled into its bound local order through the real {@link PullOneOrder}, {@link
 * LocalChanges} and three-way merge over in-memory ports. The base is the snapshot both sides last
 * agreed on: notes "Agreed", state draft.
 */
class PullMergeOrchestrationTest {
  private static final Instant PUSHED = Instant.parse("2026-12-07T07:00:00Z");
  private static final Instant EDITED = PUSHED.plusSeconds(600);
  private static final long ODOO_ID = 21;

  private final UUID orderId = UUID.randomUUID();
  private final InMemoryMergeBases bases = new InMemoryMergeBases();
  private final InMemoryOrderBindings bindings = new InMemoryOrderBindings();
  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final RecordedRemoteOrderChanges applied = new RecordedRemoteOrderChanges();
  private final InMemorySyncConflicts conflicts = new InMemorySyncConflicts();
  private final InMemoryPulledVersions versions = new InMemoryPulledVersions();
  private final RecordedEvents<SyncOutcome> outcomes = new RecordedEvents<>();
  private final CountingConflictMetrics conflictMetrics = new CountingConflictMetrics();

  @Test
  void aChangeOnlyInOdooIsAppliedHereAndBecomesTheBase() {
    here("Agreed", "DRAFT");

    PullOneOrder.Outcome outcome = pull("", inOdoo("Odoo's note", "draft"));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(applied.applied).containsExactly("notes " + orderId + " Odoo's note");
    assertThat(bases.snapshots.get(orderId).get("notes")).isEqualTo("Odoo's note");
    assertThat(bindings.byOrder.get(orderId).writeDate()).isEqualTo(EDITED);
    assertThat(versions.byOdooId.get(ODOO_ID).outcome()).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(outcomes.fired)
        .extracting(SyncOutcome::kind)
        .containsExactly(SyncOutcome.Kind.PULLED);
    assertThat(conflicts.byId).isEmpty();
  }

  @Test
  void aChangeOnlyHereIsKeptWhileOdoosOtherChangeIsApplied() {
    here("Our note", "DRAFT");

    PullOneOrder.Outcome outcome = pull("", inOdoo("Agreed", "purchase"));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(applied.applied)
        .as("Odoo's confirmation applied, our note not overwritten")
        .containsExactly("state " + orderId + " PURCHASE false");
    assertThat(conflicts.byId).isEmpty();
  }

  @Test
  void bothSidesChangingTheSameFieldIsSettledByItsGroupsPolicy() {
    here("Our note", "DRAFT");

    PullOneOrder.Outcome outcome = pull("", inOdoo("Odoo's note", "draft"));

    // notes are the buyer's by default: ours stays, the conflict is recorded as settled
    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.APPLIED);
    assertThat(applied.applied).isEmpty();
    assertThat(conflicts.byId.values())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo(SyncConflict.Status.RESOLVED);
              assertThat(c.policy()).isEqualTo(ConflictPolicy.LOCAL_WINS);
              assertThat(c.resolvedValue()).isEqualTo("Our note");
            });
    assertThat(conflictMetrics.detected).containsExactly(FieldGroup.NOTES);
  }

  @Test
  void bothSidesChangingAFieldAPersonDecidesParksItWithTheBaseKept() {
    here("Our note", "DRAFT");

    PullOneOrder.Outcome outcome = pull("notes=manual", inOdoo("Odoo's note", "draft"));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.CONFLICT);
    assertThat(applied.applied).isEmpty();
    assertThat(conflicts.openOf(orderId))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.local()).isEqualTo("Our note");
              assertThat(c.remote()).isEqualTo("Odoo's note");
              assertThat(c.base()).isEqualTo("Agreed");
            });
    assertThat(bases.snapshots.get(orderId).get("notes"))
        .as("the base stays what was agreed until a person decides")
        .isEqualTo("Agreed");
    assertThat(outcomes.fired)
        .extracting(SyncOutcome::kind)
        .contains(SyncOutcome.Kind.CONFLICT_OPENED);
  }

  @Test
  void theEchoOfOurOwnWriteChangesNothing() {
    // nothing stored here: an echo must not even read the local order
    PullOneOrder.Outcome outcome = pull("", inOdoo("Agreed", "draft"));

    assertThat(outcome).isEqualTo(PullOneOrder.Outcome.UNCHANGED);
    assertThat(applied.applied).isEmpty();
    assertThat(bindings.byOrder.get(orderId).writeDate()).isEqualTo(PUSHED);
    assertThat(outcomes.fired).isEmpty();
    assertThat(versions.byOdooId.get(ODOO_ID).outcome()).isEqualTo(PullOneOrder.Outcome.UNCHANGED);
  }

  @Test
  void aVersionOlderThanOurLastWriteIsSkipped() {
    here("Agreed", "DRAFT");
    RemoteOrder stale =
        new RemoteOrder(
            ODOO_ID,
            "P00021",
            "key",
            PUSHED.minusSeconds(1),
            "draft",
            false,
            "Old",
            7L,
            "EUR",
            List.of());

    assertThat(pull("", stale)).isEqualTo(PullOneOrder.Outcome.SKIPPED);
    assertThat(applied.applied).isEmpty();
    assertThat(versions.byOdooId).isEmpty();
  }

  private void here(String notes, String localState) {
    orders.byId.put(
        orderId,
        new PurchaseOrderSnapshot(
            orderId, "AF-PO-1", 2, UUID.randomUUID(), "EUR", notes, localState, false, List.of()));
  }

  private RemoteOrder inOdoo(String notes, String odooState) {
    return new RemoteOrder(
        ODOO_ID, "P00021", "key", EDITED, odooState, false, notes, 7L, "EUR", List.of());
  }

  private PullOneOrder.Outcome pull(String policies, RemoteOrder remote) {
    bases.snapshots.put(
        orderId, new SyncedFields(Map.of("notes", "Agreed", "state", "draft", "locked", "false")));
    bindings.store(
        new OrderBinding(
            orderId, "key", ODOO_ID, "P00021", PUSHED, "hash", "draft", false, PUSHED, Map.of()));
    PullSettings settings =
        new PullSettings(
            Duration.ofSeconds(30),
            Duration.ofSeconds(150),
            500,
            Duration.ofHours(1),
            1,
            () -> "all",
            policies);
    return new PullOneOrder(
            new OneBoundOrder(),
            bases,
            orderId -> false,
            bindings,
            orders,
            new LocalChanges(applied, null, Clock.fixed(EDITED.plusSeconds(5), ZoneOffset.UTC)),
            null,
            conflicts,
            settings,
            null,
            conflictMetrics,
            null,
            versions,
            Clock.fixed(EDITED.plusSeconds(5), ZoneOffset.UTC),
            outcomes,
            new net.orderbridge.sync.fixture.RecordedOrderAudit())
        .apply(remote);
  }

  /**
   * The one order bound to {@link #ODOO_ID}; the rest of {@link BoundOrders} is refused, so the
   * test learns at once when the pull reaches for it.
   */
  private class OneBoundOrder implements BoundOrders {
    @Override
    public Map<Long, UUID> lock(Collection<Long> odooIds) {
      return odooIds.contains(ODOO_ID) ? Map.of(ODOO_ID, orderId) : Map.of();
    }

    @Override
    public boolean isOurKey(String origin) {
      throw new UnsupportedOperationException("isOurKey");
    }

    @Override
    public Map<Long, UUID> live() {
      throw new UnsupportedOperationException("live");
    }

    @Override
    public boolean markDeletedInOdoo(UUID orderId) {
      throw new UnsupportedOperationException("markDeletedInOdoo");
    }
  }

  private static class CountingConflictMetrics extends ConflictMetrics {
    final List<FieldGroup> detected = new ArrayList<>();

    @Override
    public void conflictDetected(FieldGroup group, ConflictPolicy policy) {
      detected.add(group);
    }
  }
}
