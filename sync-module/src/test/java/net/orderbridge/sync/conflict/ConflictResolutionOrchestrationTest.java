package net.orderbridge.sync.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.event.PurchaseOrderChanged;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.sync.fixture.InMemoryMergeBases;
import net.orderbridge.sync.fixture.InMemoryPurchaseOrders;
import net.orderbridge.sync.fixture.InMemorySyncConflicts;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.fixture.RecordedOrderAudit;
import net.orderbridge.sync.fixture.RecordedRemoteOrderChanges;
import net.orderbridge.sync.outcome.SyncOutcome;
import net.orderbridge.sync.pull.LocalChanges;
import org.junit.jupiter.api.Test;

/**
 * A person settles a conflict through the real {@link ResolveConflict} and {@link LocalChanges}
 * over in-memory ports. Whatever is chosen, the base afterwards holds Odoo's value, so that the
 * next merge sees at most our side changed and the push brings the choice to Odoo.
 */
class ConflictResolutionOrchestrationTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  private final UUID orderId = UUID.randomUUID();
  private final InMemorySyncConflicts conflicts = new InMemorySyncConflicts();
  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final RecordedRemoteOrderChanges applied = new RecordedRemoteOrderChanges();
  private final InMemoryMergeBases bases = new InMemoryMergeBases();
  private final RecordedEvents<PurchaseOrderEvent> events = new RecordedEvents<>();
  private final RecordedEvents<SyncOutcome> outcomes = new RecordedEvents<>();
  private final CountingMetrics metrics = new CountingMetrics();
  private final RecordedOrderAudit audit = new RecordedOrderAudit();

  @Test
  void choosingOdoosValueAppliesItHereAndMakesItTheBase() {
    long id = openNotesConflict();

    SyncConflict resolved = resolve().resolve(id, SyncConflict.Choice.REMOTE, null, "ann");

    assertThat(applied.applied).containsExactly("notes " + orderId + " Odoo's note");
    assertThat(bases.snapshots.get(orderId).get("notes")).isEqualTo("Odoo's note");
    assertThat(resolved.status()).isEqualTo(SyncConflict.Status.RESOLVED);
    assertThat(resolved.resolvedValue()).isEqualTo("Odoo's note");
    assertThat(resolved.decidedBy()).isEqualTo("ann");
    assertThat(conflicts.countOpen()).isZero();
    assertThat(outcomes.fired)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.kind()).isEqualTo(SyncOutcome.Kind.CONFLICT_SETTLED);
              assertThat(o.detail()).isEqualTo("notes: remote");
            });
    assertThat(metrics.byHand).isEqualTo(1);
  }

  @Test
  void theChangesOfAResolutionAreAuditedAsItsOwnNamingTheFieldAndTheWinner() {
    long id = openNotesConflict();

    resolve().resolve(id, SyncConflict.Choice.REMOTE, null, "ann");

    assertThat(audit.origins)
        .singleElement()
        .satisfies(
            origin -> {
              assertThat(origin.action()).isEqualTo("CONFLICT_RESOLVED");
              assertThat(origin.system()).isEqualTo("sync:conflict");
              assertThat(origin.detail())
                  .isEqualTo("conflict " + id + " on notes: Odoo's taken (REMOTE)");
            });
  }

  @Test
  void keepingOursChangesNothingHereButAsksForAPushOverOdoosValue() {
    long id = openNotesConflict();

    resolve().resolve(id, SyncConflict.Choice.LOCAL, null, "ann");

    assertThat(applied.applied).isEmpty();
    assertThat(events.fired).containsExactly(new PurchaseOrderChanged(orderId, NOW));
    assertThat(bases.snapshots.get(orderId).get("notes"))
        .as("only our side differs from the base now")
        .isEqualTo("Odoo's note");
    assertThat(bases.snapshots.get(orderId).get("state"))
        .as("the rest of the base is kept")
        .isEqualTo("draft");
  }

  @Test
  void aMergedValueIsAppliedHere() {
    long id = openNotesConflict();

    resolve().resolve(id, SyncConflict.Choice.MERGED, "both notes", "ann");

    assertThat(applied.applied).containsExactly("notes " + orderId + " both notes");
    assertThat(conflicts.find(id).orElseThrow().resolvedValue()).isEqualTo("both notes");
  }

  @Test
  void aMergeWithoutAValueIsRefusedAndChangesNothing() {
    long id = openNotesConflict();

    assertThatThrownBy(() -> resolve().resolve(id, SyncConflict.Choice.MERGED, null, "ann"))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessageContaining("notes");
    assertThat(conflicts.countOpen()).isEqualTo(1);
    assertThat(applied.applied).isEmpty();
  }

  @Test
  void aConflictResolvedAlreadyIsNotResolvedAgain() {
    long id = openNotesConflict();
    resolve().resolve(id, SyncConflict.Choice.REMOTE, null, "ann");

    assertThatThrownBy(() -> resolve().resolve(id, SyncConflict.Choice.LOCAL, null, "bob"))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessageContaining("resolved already");
    assertThat(conflicts.find(id).orElseThrow().decidedBy()).isEqualTo("ann");
  }

  @Test
  void anUnknownConflictIsNotFound() {
    assertThatThrownBy(() -> resolve().resolve(99, SyncConflict.Choice.LOCAL, null, "ann"))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessageContaining("No conflict 99");
  }

  @Test
  void policiesNamedInConfigurationReplaceOnlyTheirGroupsDefaults() {
    ConflictPolicies policies = ConflictPolicies.parse(" lines=remote, notes=manual ");

    assertThat(policies.of(FieldGroup.LINES)).isEqualTo(ConflictPolicy.REMOTE_WINS);
    assertThat(policies.of(FieldGroup.NOTES)).isEqualTo(ConflictPolicy.MANUAL);
    assertThat(policies.of(FieldGroup.STATE)).isEqualTo(ConflictPolicy.REMOTE_WINS);
    assertThat(policies.of(FieldGroup.DATES)).isEqualTo(ConflictPolicy.MANUAL);
    assertThat(ConflictPolicies.parse("").of(FieldGroup.NOTES))
        .isEqualTo(ConflictPolicy.LOCAL_WINS);
  }

  @Test
  void aPolicyThatIsNoneOfTheThreeIsRefusedByName() {
    assertThatThrownBy(() -> ConflictPolicies.parse("notes=newest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newest");
    assertThatThrownBy(() -> ConflictPolicies.parse("notes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group=policy");
  }

  /** Our order (no lines) has "Our note", Odoo's "Odoo's note", the base "Old note". */
  private long openNotesConflict() {
    orders.byId.put(
        orderId,
        new PurchaseOrderSnapshot(
            orderId,
            "AF-PO-1",
            3,
            UUID.randomUUID(),
            "EUR",
            "Our note",
            "DRAFT",
            false,
            List.of()));
    bases.snapshots.put(
        orderId,
        new SyncedFields(Map.of("notes", "Old note", "state", "draft", "locked", "false")));
    return conflicts
        .add(
            SyncConflict.detected(
                orderId,
                new FieldConflict(
                    "notes",
                    "Old note",
                    "Our note",
                    "Odoo's note",
                    FieldGroup.NOTES,
                    ConflictPolicy.MANUAL),
                NOW))
        .id();
  }

  private ResolveConflict resolve() {
    return new ResolveConflict(
        conflicts,
        orders,
        new LocalChanges(applied, null, Clock.fixed(NOW, ZoneOffset.UTC)),
        bases,
        null,
        metrics,
        events,
        Clock.fixed(NOW, ZoneOffset.UTC),
        outcomes,
        null,
        audit);
  }

  private static class CountingMetrics extends ConflictMetrics {
    int byHand;

    @Override
    void resolvedByHand() {
      byHand++;
    }
  }
}
