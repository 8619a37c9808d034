package net.orderbridge.sync.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.fixture.CountingRegistry;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.fixture.InMemorySyncConflicts;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.fixture.RecordedOrderAudit;
import net.orderbridge.sync.outcome.SyncOutcome;
import org.junit.jupiter.api.Test;

/**
 * A deletion here that met an Odoo edit it had not seen, through the real {@link
 * DeletionMeetsOdooEdit} and {@link ResolveConflict}: the conflict on the order's existence is
 * recorded, its policy or a person decides whether Odoo's order goes too ({@code LOCAL}: the
 * binding takes the edit as seen) or stays ({@code REMOTE}: the binding is forgotten).
 */
class ExistenceConflictTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
  private static final Instant EDITED = Instant.parse("2026-12-07T07:30:00Z");
  private static final Instant PUSHED = Instant.parse("2026-12-07T07:00:00Z");

  private final UUID orderId = UUID.randomUUID();
  private final InMemorySyncConflicts conflicts = new InMemorySyncConflicts();
  private final InMemoryOrderBindings bindings = new InMemoryOrderBindings();
  private final RecordedOrderAudit audit = new RecordedOrderAudit();
  private final CountingRegistry counters = new CountingRegistry();
  private String policies = "";

  ExistenceConflictTest() {
    bindings.store(
        new OrderBinding(
            orderId, "key-1", 41L, "P00041", PUSHED, "hash", "draft", false, PUSHED, Map.of()));
  }

  @Test
  void byDefaultTheDeletionWaitsForAPersonAndTheConflictSaysWhatMetIt() {
    DeletionMeetsOdooEdit.Next next = deletions().settle(orderId, EDITED);

    assertThat(next).isEqualTo(DeletionMeetsOdooEdit.Next.PARKED);
    SyncConflict open = conflicts.openOf(orderId).get(0);
    assertThat(open.path()).isEqualTo(FieldGroup.EXISTS);
    assertThat(open.base()).isEqualTo("exists");
    assertThat(open.local()).isEqualTo("deleted");
    assertThat(open.remote()).isEqualTo(EDITED.toString());
    assertThat(open.policy()).isEqualTo(ConflictPolicy.MANUAL);
    assertThat(bindings.byOrder.get(orderId).writeDate())
        .as("nothing decided yet")
        .isEqualTo(PUSHED);
  }

  @Test
  void aLocalPolicyDeletesInOdooWithTheEditTakenAsSeen() {
    policies = "existence=local";

    assertThat(deletions().settle(orderId, EDITED))
        .isEqualTo(DeletionMeetsOdooEdit.Next.DELETE_IN_ODOO);
    assertThat(bindings.byOrder.get(orderId).writeDate()).isEqualTo(EDITED);
  }

  @Test
  void aRemotePolicyKeepsOdoosOrderAndForgetsTheBinding() {
    policies = "existence=remote";

    assertThat(deletions().settle(orderId, EDITED))
        .isEqualTo(DeletionMeetsOdooEdit.Next.KEEP_IN_ODOO);
    assertThat(bindings.byOrder).doesNotContainKey(orderId);
  }

  @Test
  void aPersonChoosingOursDeletesInOdooToo() {
    deletions().settle(orderId, EDITED);
    long id = conflicts.openOf(orderId).get(0).id();

    SyncConflict resolved = resolve().resolve(id, SyncConflict.Choice.LOCAL, null, "ann");

    assertThat(resolved.status()).isEqualTo(SyncConflict.Status.RESOLVED);
    assertThat(resolved.resolvedValue()).isEqualTo("deleted");
    assertThat(bindings.byOrder.get(orderId).writeDate())
        .as("the next push removes Odoo's order unless Odoo changed it again")
        .isEqualTo(EDITED);
    assertThat(audit.notes)
        .containsExactly(
            new RecordedOrderAudit.Note(
                orderId,
                ResolveConflict.RESOLVED,
                "conflict " + id + " on exists: ours kept (LOCAL)"));
    assertThat(conflicts.countOpen()).isZero();
  }

  @Test
  void aPersonChoosingOdoosKeepsItAndForgetsTheBinding() {
    deletions().settle(orderId, EDITED);
    long id = conflicts.openOf(orderId).get(0).id();

    SyncConflict resolved = resolve().resolve(id, SyncConflict.Choice.REMOTE, null, "ann");

    assertThat(resolved.resolvedValue()).isEqualTo(EDITED.toString());
    assertThat(bindings.byOrder).doesNotContainKey(orderId);
  }

  @Test
  void aMergedValueMeansNothingForAnOrdersExistenceAndIsRefused() {
    deletions().settle(orderId, EDITED);
    long id = conflicts.openOf(orderId).get(0).id();

    assertThatThrownBy(() -> resolve().resolve(id, SyncConflict.Choice.MERGED, "maybe", "ann"))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessageContaining("LOCAL")
        .hasMessageContaining("REMOTE");
    assertThat(conflicts.countOpen()).isEqualTo(1);
    assertThat(bindings.byOrder.get(orderId).writeDate()).isEqualTo(PUSHED);
  }

  @Test
  void aSettledConflictCannotBeSettledAgain() {
    deletions().settle(orderId, EDITED);
    SyncConflict open = conflicts.openOf(orderId).get(0);
    SyncConflict resolved = open.resolve(SyncConflict.Choice.LOCAL, "deleted", "ann", NOW);

    assertThatThrownBy(() -> resolved.resolve(SyncConflict.Choice.REMOTE, "x", "bob", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("resolved already");
  }

  private DeletionMeetsOdooEdit deletions() {
    return new DeletionMeetsOdooEdit(
        conflicts,
        bindings,
        () -> ConflictPolicies.parse(policies),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private ResolveConflict resolve() {
    return new ResolveConflict(
        conflicts,
        null,
        null,
        null,
        null,
        new ConflictMetrics(counters.registry(), conflicts),
        new RecordedEvents<PurchaseOrderEvent>(),
        Clock.fixed(NOW, ZoneOffset.UTC),
        new RecordedEvents<SyncOutcome>(),
        deletions(),
        audit);
  }
}
