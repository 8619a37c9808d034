package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.binding.OdooDatabaseChangedException;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.conflict.AgreedWithOdoo;
import net.orderbridge.sync.conflict.ConflictPolicies;
import net.orderbridge.sync.conflict.DeletionMeetsOdooEdit;
import net.orderbridge.sync.conflict.FieldGroup;
import net.orderbridge.sync.conflict.MergeOdooEdit;
import net.orderbridge.sync.fixture.CapturedLog;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.fixture.InMemoryOutbox;
import net.orderbridge.sync.fixture.InMemoryPurchaseOrders;
import net.orderbridge.sync.fixture.InMemorySyncConflicts;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.push.OrderExporter.Exported;
import net.orderbridge.sync.push.OrderExporter.OrderToExport;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

/**
 * One push batch from the outbox to Odoo and back, with the real {@link BatchSyncPendingOrders} and
 * {@link PushOutcomes} over in-memory ports: what each kind of answer from the exporter leaves in
 * the outbox, the bindings, the agreed snapshots and the order's sync state.
 */
class BatchPushOrchestrationTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
  private static final int MAX_ATTEMPTS = 5;

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryOrderBindings bindings = new UniqueOdooIds();
  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final RecordedEvents<PurchaseOrderSyncStateChanged> states = new RecordedEvents<>();
  private final RecordedEvents<PurchaseOrderSyncStatesChanged> manyStates = new RecordedEvents<>();
  private final RecordedEvents<AgreedWithOdoo> agreements = new RecordedEvents<>();
  private final RecordingPushMetrics metrics = new RecordingPushMetrics();

  /** What Odoo answers per order; the exporter records what it was asked to send. */
  private final Map<UUID, Function<OrderToExport, Exported>> odoo = new HashMap<>();

  private final List<OrderToExport> sent = new ArrayList<>();
  private RuntimeException databaseGuard;

  /** One circuit across the batches of a test, as the application-scoped bean is. */
  private final CircuitWatch circuit = new CircuitWatch();

  /** What merging Odoo's edits leaves per order, and every merge asked for (Odoo id to order). */
  private final Map<UUID, OdooEditsFirst.Merged> merges = new HashMap<>();

  private final List<Map<Long, UUID>> mergesAsked = new ArrayList<>();

  private final InMemorySyncConflicts conflicts = new InMemorySyncConflicts();
  private String existencePolicy = "existence=manual";

  @Test
  void aNewOrderIsCreatedBoundAndItsMessagesSettled() {
    UUID id = UUID.randomUUID();
    PurchaseOrderSnapshot order = orders.draft(id);
    outbox.queue(id, "PLACED", 0);
    odoo.put(id, w -> Exported.synced(id, boundTo(id, 11L)));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.synced()).isEqualTo(1);
    assertThat(batch.results().get(0).odooId()).isEqualTo(11L);
    assertThat(sent).singleElement().satisfies(w -> assertThat(w.binding()).isEmpty());
    assertThat(bindings.byOrder.get(id).odooId()).isEqualTo(11L);
    assertThat(outbox.completed).containsExactly(id);
    assertThat(agreed()).as("the pushed order is the new base").containsExactly(order);
    assertThat(manyStates.fired.get(0).reports())
        .singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(SyncStatus.SYNCED));
    assertThat(metrics.succeeded).isEqualTo(1);
  }

  @Test
  void aBoundOrderIsSentWithItsBinding() {
    UUID id = UUID.randomUUID();
    orders.draft(id);
    bindings.store(boundTo(id, 12L));
    outbox.queue(id, "CHANGED", 0);
    odoo.put(id, w -> Exported.synced(id, w.binding().orElseThrow()));

    assertThat(push().batchSyncPendingOrders().synced()).isEqualTo(1);

    assertThat(sent).singleElement().satisfies(w -> assertThat(w.binding()).isPresent());
  }

  @Test
  void anOrderOdooRefusesIsDeadLetteredAtOnceWithOdoosReason() {
    UUID id = queuedDraft(0);
    odoo.put(
        id,
        w ->
            Exported.failed(id, new OdooRejectedException("ValidationError", "Supplier archived")));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.failed()).isEqualTo(1);
    assertThat(outbox.deadLetters)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.type()).isEqualTo("BUSINESS");
              assertThat(d.error()).contains("Supplier archived");
            });
    assertThat(outbox.retries).isEmpty();
    assertThat(states.fired)
        .singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(SyncStatus.FAILED));
    assertThat(metrics.deadLetters).isEqualTo(1);
  }

  @Test
  void aTransientFailureIsRetriedAfterABackoffThatCountsAnAttempt() {
    UUID id = queuedDraft(2);
    odoo.put(id, w -> Exported.failed(id, lost()));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.retrying()).isEqualTo(1);
    assertThat(outbox.retries)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.counted()).isTrue();
              assertThat(r.type()).isEqualTo("TRANSIENT");
              assertThat(r.error()).contains("read timed out");
              // third failed attempt: full jitter in [0, 1 s * 2^2]
              assertThat(r.dueAt()).isBetween(NOW, NOW.plusSeconds(4));
            });
    assertThat(outbox.deadLetters).isEmpty();
    assertThat(states.fired)
        .singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(SyncStatus.RETRYING));
  }

  @Test
  void aTransientFailureOnTheLastAttemptIsDeadLettered() {
    UUID id = queuedDraft(MAX_ATTEMPTS - 1);
    odoo.put(id, w -> Exported.failed(id, lost()));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.failed()).isEqualTo(1);
    assertThat(outbox.deadLetters)
        .singleElement()
        .satisfies(d -> assertThat(d.type()).isEqualTo("TRANSIENT"));
    assertThat(outbox.retries).isEmpty();
  }

  @Test
  void anOpenCircuitDefersThePushWithoutCountingAnAttempt() {
    UUID id = queuedDraft(MAX_ATTEMPTS - 1);
    odoo.put(id, w -> Exported.failed(id, new CircuitBreakerOpenException("open")));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.deferred()).isEqualTo(1);
    assertThat(outbox.retries)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.counted()).isFalse();
              assertThat(r.dueAt()).isEqualTo(NOW.plus(settings().deferral()));
            });
    assertThat(outbox.deadLetters).isEmpty();
  }

  @Test
  void aDeletedOrderIsRemovedAndLosesItsBinding() {
    UUID id = UUID.randomUUID();
    bindings.store(boundTo(id, 13L));
    outbox.queue(id, "DELETED", 0);
    odoo.put(id, w -> Exported.synced(id, null));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.synced()).isEqualTo(1);
    assertThat(sent)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.order()).as("sent as deleted").isEmpty();
              assertThat(w.binding()).isPresent();
            });
    assertThat(bindings.byOrder).doesNotContainKey(id);
    assertThat(outbox.completed).containsExactly(id);
    assertThat(agreed()).isEmpty();
  }

  @Test
  void oneFailingOrderHoldsBackNoOtherOfItsBatch() {
    UUID refused = queuedDraft(0);
    UUID created = queuedDraft(0);
    odoo.put(refused, w -> Exported.failed(refused, new OdooRejectedException("x", "no")));
    odoo.put(created, w -> Exported.synced(created, boundTo(created, 14L)));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.claimed()).isEqualTo(2);
    assertThat(batch.results()).extracting(SyncResult::orderId).containsExactly(refused, created);
    assertThat(batch.results())
        .extracting(SyncResult::status)
        .containsExactly(SyncStatus.FAILED, SyncStatus.SYNCED);
    assertThat(outbox.completed).containsExactly(created);
  }

  @Test
  void anExporterThatFailsAsAWholeRetriesEveryOrder() {
    UUID first = queuedDraft(0);
    UUID second = queuedDraft(0);
    odoo.put(
        first,
        w -> {
          throw new IllegalStateException("mapper broke");
        });

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.retrying()).isEqualTo(2);
    assertThat(outbox.retries)
        .extracting(InMemoryOutbox.Retry::orderId)
        .containsExactly(first, second);
    assertThat(outbox.retries).allSatisfy(r -> assertThat(r.error()).contains("mapper broke"));
  }

  @Test
  void anotherOdooDatabaseHoldsTheBatchBeforeAnythingIsSent() {
    UUID id = queuedDraft(MAX_ATTEMPTS - 1);
    databaseGuard = new OdooDatabaseChangedException("Odoo database 'other' answers, not 'ours'");

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(sent).as("nothing sent to another database").isEmpty();
    assertThat(batch.deferred()).isEqualTo(1);
    assertThat(outbox.retries)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.orderId()).isEqualTo(id);
              assertThat(r.counted()).isFalse();
              assertThat(r.type()).isEqualTo(PushOutcomes.ODOO_DATABASE);
              assertThat(r.error()).contains("'other'");
              assertThat(r.dueAt()).isEqualTo(NOW.plus(settings().deferral()));
            });
    assertThat(outbox.deadLetters).isEmpty();
  }

  @Test
  void aDatabaseGuardThatCannotAskOdooFailsTheBatchAsUnreachable() {
    queuedDraft(0);
    databaseGuard = lost();

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(sent).isEmpty();
    assertThat(batch.retrying()).isEqualTo(1);
    assertThat(outbox.retries).singleElement().satisfies(r -> assertThat(r.counted()).isTrue());
  }

  @Test
  void anEmptyOutboxAsksNothing() {
    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.claimed()).isZero();
    assertThat(sent).isEmpty();
  }

  @Test
  void anOperatorsPushOfOneOrderSettlesItAsABatchWould() {
    UUID id = queuedDraft(0);
    odoo.put(id, w -> Exported.synced(id, boundTo(id, 15L)));

    SyncResult result = push().syncPurchaseOrderToOdoo(id);

    assertThat(result.status()).isEqualTo(SyncStatus.SYNCED);
    assertThat(outbox.completed).containsExactly(id);
  }

  @Test
  void anOrderOdooChangedSinceItsBindingIsMergedFirstAndThenExportedAgain() {
    UUID id = UUID.randomUUID();
    orders.draft(id);
    bindings.store(boundTo(id, 21L));
    outbox.queue(id, "CHANGED", 0);
    odoo.put(
        id, inTurn(Exported.changedInOdoo(id), Exported.synced(id, boundTo(id, 21L).seenAt(NOW))));
    merges.put(id, new OdooEditsFirst.Merged(id, new MergeOdooEdit.Merge("MERGED", false), null));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(mergesAsked).containsExactly(Map.of(21L, id));
    assertThat(sent).as("exported, merged, exported again").hasSize(2);
    assertThat(batch.synced()).isEqualTo(1);
    assertThat(outbox.completed).containsExactly(id);
  }

  @Test
  void anOrderWhoseOdooEditsWaitForAPersonIsParkedWithoutCountingAnAttempt() {
    UUID id = UUID.randomUUID();
    orders.draft(id);
    bindings.store(boundTo(id, 22L));
    outbox.queue(id, "CHANGED", MAX_ATTEMPTS - 1);
    odoo.put(id, w -> Exported.changedInOdoo(id));
    merges.put(id, new OdooEditsFirst.Merged(id, new MergeOdooEdit.Merge("PARKED", true), null));

    BatchSyncResult batch;
    try (CapturedLog log = CapturedLog.of(net.orderbridge.sync.log.SyncLog.LOGGER)) {
      batch = push().batchSyncPendingOrders();
      assertThat(log.messages())
          .singleElement()
          .satisfies(m -> assertThat(m).startsWith("Push of order " + id + " parked: "));
    }

    assertThat(sent).as("nothing written over Odoo's edit").hasSize(1);
    assertThat(batch.results())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(SyncStatus.CONFLICT));
    assertThat(outbox.retries)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.counted()).isFalse();
              assertThat(r.type()).isEqualTo(PushOutcomes.CONFLICT);
            });
    assertThat(outbox.deadLetters).isEmpty();
    assertThat(states.fired)
        .singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(SyncStatus.CONFLICT));
    assertThat(metrics.parked).isEqualTo(1);
  }

  @Test
  void aMergeThatFailsFailsTheAttemptWithItsReason() {
    UUID id = UUID.randomUUID();
    orders.draft(id);
    bindings.store(boundTo(id, 23L));
    outbox.queue(id, "CHANGED", 0);
    odoo.put(id, w -> Exported.changedInOdoo(id));
    merges.put(id, new OdooEditsFirst.Merged(id, null, lost()));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.retrying()).isEqualTo(1);
    assertThat(sent).hasSize(1);
    assertThat(outbox.retries)
        .singleElement()
        .satisfies(r -> assertThat(r.error()).contains("read timed out"));
  }

  @Test
  void anOrderOdooChangesAgainWhileItsEditsAreMergedIsRetried() {
    UUID id = UUID.randomUUID();
    orders.draft(id);
    bindings.store(boundTo(id, 24L));
    outbox.queue(id, "CHANGED", 0);
    odoo.put(id, w -> Exported.changedInOdoo(id));
    merges.put(id, new OdooEditsFirst.Merged(id, new MergeOdooEdit.Merge("MERGED", false), null));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(sent).hasSize(2);
    assertThat(batch.retrying()).isEqualTo(1);
    assertThat(outbox.retries)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.counted()).isTrue();
              assertThat(r.error()).contains("Odoo changed the order again");
            });
    assertThat(outbox.completed).isEmpty();
  }

  @Test
  void aDeletionThatMeetsAnOdooEditWaitsForAPersonByDefault() {
    UUID id = queuedDeletion(25L);
    odoo.put(id, w -> Exported.deletionMetOdooEdit(id, NOW.plusSeconds(30)));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(mergesAsked).as("no order to merge into").isEmpty();
    assertThat(conflicts.byId.values())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.orderId()).isEqualTo(id);
              assertThat(c.group()).isEqualTo(FieldGroup.EXISTENCE);
              assertThat(c.remote()).isEqualTo(NOW.plusSeconds(30).toString());
            });
    assertThat(batch.results())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(SyncStatus.CONFLICT));
    assertThat(bindings.byOrder).containsKey(id);
    assertThat(outbox.completed).isEmpty();
  }

  @Test
  void aDeletionWhosePolicyIsOursRemovesOdoosOrderAfterAll() {
    existencePolicy = "existence=local";
    UUID id = queuedDeletion(26L);
    odoo.put(
        id,
        w ->
            w.binding().orElseThrow().writeDate().equals(NOW)
                ? Exported.deletionMetOdooEdit(id, NOW.plusSeconds(30))
                : Exported.synced(id, null));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).binding().orElseThrow().writeDate())
        .as("sent again with Odoo's edit as seen")
        .isEqualTo(NOW.plusSeconds(30));
    assertThat(batch.synced()).isEqualTo(1);
    assertThat(bindings.byOrder).doesNotContainKey(id);
    assertThat(outbox.completed).containsExactly(id);
  }

  @Test
  void aDeletionWhosePolicyIsOdoosKeepsOdoosOrderAndSettlesTheDeletion() {
    existencePolicy = "existence=remote";
    UUID id = queuedDeletion(27L);
    odoo.put(id, w -> Exported.deletionMetOdooEdit(id, NOW.plusSeconds(30)));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(sent).as("nothing removed in Odoo").hasSize(1);
    assertThat(batch.synced()).isEqualTo(1);
    assertThat(bindings.byOrder).doesNotContainKey(id);
    assertThat(outbox.completed).containsExactly(id);
  }

  @Test
  void aDeletionWhoseConflictCannotBeSettledFailsTheAttempt() {
    existencePolicy = "existence=sometimes";
    UUID id = queuedDeletion(28L);
    odoo.put(id, w -> Exported.deletionMetOdooEdit(id, NOW.plusSeconds(30)));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.retrying()).isEqualTo(1);
    assertThat(outbox.retries)
        .singleElement()
        .satisfies(r -> assertThat(r.error()).contains("policy must be local, remote or manual"));
    assertThat(bindings.byOrder).containsKey(id);
  }

  @Test
  void anOrderTheExporterReturnsNothingForIsRetried() {
    UUID forgotten = queuedDraft(0);
    UUID created = queuedDraft(0);
    odoo.put(created, w -> Exported.synced(created, boundTo(created, 29L)));
    OrderExporter onlyCreated =
        work ->
            work.stream()
                .filter(w -> w.orderId().equals(created))
                .map(w -> odoo.get(created).apply(w))
                .toList();

    BatchSyncResult batch = push(onlyCreated).batchSyncPendingOrders();

    assertThat(batch.results())
        .extracting(SyncResult::status)
        .containsExactly(SyncStatus.RETRYING, SyncStatus.SYNCED);
    assertThat(outbox.retries)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.orderId()).isEqualTo(forgotten);
              assertThat(r.error()).contains("no export result");
            });
  }

  @Test
  void whenSettlingTheBatchTogetherFailsEachOrderIsSettledOnItsOwn() {
    UUID other = UUID.randomUUID();
    bindings.store(boundTo(other, 30L));
    UUID clashing = queuedDraft(0);
    UUID fine = queuedDraft(0);
    odoo.put(clashing, w -> Exported.synced(clashing, boundTo(clashing, 30L)));
    odoo.put(fine, w -> Exported.synced(fine, boundTo(fine, 31L)));

    BatchSyncResult batch = push().batchSyncPendingOrders();

    assertThat(batch.results())
        .extracting(SyncResult::status)
        .containsExactly(SyncStatus.FAILED, SyncStatus.SYNCED);
    assertThat(bindings.byOrder.get(fine).odooId()).isEqualTo(31L);
    assertThat(outbox.completed).containsExactly(fine);
    assertThat(outbox.deadLetters)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.orderId()).isEqualTo(clashing);
              assertThat(d.type()).isEqualTo("PERMANENT");
              assertThat(d.error()).contains("order_binding_odoo_id_key");
            });
    assertThat(metrics.succeeded).as("only the settled order counts").isEqualTo(1);
  }

  @Test
  void whenOdooAnswersAgainAfterAnOpenCircuitTheBackedOffOrdersAreDueAtOnce() {
    UUID id = queuedDraft(0);
    odoo.put(
        id,
        inTurn(
            Exported.failed(id, new CircuitBreakerOpenException("open")),
            Exported.synced(id, boundTo(id, 32L))));

    push().batchSyncPendingOrders();
    assertThat(outbox.transientDueNowCalls()).isZero();
    assertThat(push().batchSyncPendingOrders().synced()).isEqualTo(1);
    push().batchSyncPendingOrders();

    assertThat(outbox.transientDueNowCalls()).as("once, when Odoo is back").isEqualTo(1);
  }

  @Test
  void aTransientFailureWhileTheCircuitIsOpenCostsNoAttemptNotEvenTheLast() {
    UUID id = queuedDraft(MAX_ATTEMPTS - 1);
    odoo.put(
        id,
        inTurn(
            Exported.failed(id, new CircuitBreakerOpenException("open")),
            Exported.failed(id, lost())));

    push().batchSyncPendingOrders();
    BatchSyncResult probe = push().batchSyncPendingOrders();

    assertThat(probe.retrying()).isEqualTo(1);
    assertThat(outbox.deadLetters).isEmpty();
    assertThat(outbox.retries).hasSize(2);
    assertThat(outbox.retries.get(1))
        .satisfies(
            r -> {
              assertThat(r.counted()).isFalse();
              assertThat(r.type()).isEqualTo("TRANSIENT");
              // the backoff it had reached: fifth attempt, capped at two minutes
              assertThat(r.dueAt()).isBetween(NOW, NOW.plus(Duration.ofMinutes(2)));
            });
    assertThat(states.fired)
        .singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(SyncStatus.RETRYING));
  }

  @Test
  void anOperatorsPushOfAnOrderAnotherWorkerHoldsIsAConflict() {
    UUID id = UUID.randomUUID();

    assertThatThrownBy(() -> push().syncPurchaseOrderToOdoo(id))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessageContaining("is being pushed by another worker");
    assertThat(sent).isEmpty();
  }

  private UUID queuedDraft(int attempts) {
    UUID id = UUID.randomUUID();
    orders.draft(id);
    outbox.queue(id, "PLACED", attempts);
    return id;
  }

  private static OdooUnavailableException lost() {
    return new OdooUnavailableException(
        OdooUnavailableException.Outcome.UNKNOWN, null, "read timed out", null);
  }

  private static OrderBinding boundTo(UUID orderId, long odooId) {
    return new OrderBinding(
        orderId,
        "AF-PO-" + orderId,
        odooId,
        "P000" + odooId,
        NOW,
        "hash",
        "draft",
        false,
        NOW,
        Map.of());
  }

  private BatchSyncPendingOrders push() {
    return push(work -> work.stream().map(w -> odoo.get(w.orderId()).apply(w)).toList());
  }

  /** The push with an exporter that answers as {@code answers} does and records what it sent. */
  private BatchSyncPendingOrders push(OrderExporter answers) {
    OrderExporter exporter =
        work -> {
          sent.addAll(work);
          return answers.export(work);
        };
    OdooDatabaseGuard guard =
        new OdooDatabaseGuard() {
          @Override
          public void requireSameDatabase() {
            if (databaseGuard != null) {
              throw databaseGuard;
            }
          }
        };
    PushOutcomes outcomes =
        new PushOutcomes(
            outbox,
            bindings,
            states,
            manyStates,
            Clock.fixed(NOW, ZoneOffset.UTC),
            settings(),
            metrics,
            circuit,
            agreements);
    OdooEditsFirst odooEdits =
        new OdooEditsFirst() {
          @Override
          List<Merged> merge(Map<Long, UUID> changed) {
            mergesAsked.add(Map.copyOf(changed));
            return changed.values().stream().map(merges::get).toList();
          }
        };
    DeletionMeetsOdooEdit deletions =
        new DeletionMeetsOdooEdit(
            conflicts,
            bindings,
            () -> ConflictPolicies.parse(existencePolicy),
            Clock.fixed(NOW, ZoneOffset.UTC));
    return new BatchSyncPendingOrders(
        outbox,
        bindings,
        orders,
        exporter,
        outcomes,
        metrics,
        settings(),
        odooEdits,
        guard,
        deletions);
  }

  private static PushSettings settings() {
    return new PushSettings(
        10,
        1,
        Duration.ofMinutes(5),
        MAX_ATTEMPTS,
        Duration.ofSeconds(1),
        Duration.ofMinutes(2),
        Duration.ofSeconds(2));
  }

  /** The exporter's answers for one order, one per export, the last one repeated. */
  private static Function<OrderToExport, Exported> inTurn(Exported... answers) {
    Deque<Exported> left = new ArrayDeque<>(List.of(answers));
    return w -> left.size() > 1 ? left.poll() : left.peek();
  }

  /** A deleted order that was bound to Odoo order {@code odooId}, queued. */
  private UUID queuedDeletion(long odooId) {
    UUID id = UUID.randomUUID();
    bindings.store(boundTo(id, odooId));
    outbox.queue(id, "DELETED", 0);
    return id;
  }

  /**
   * Bindings that refuse an Odoo id already bound to another order, with PostgreSQL's words, as the
   * table's unique key {@code order_binding_odoo_id_key} does; nothing is stored then.
   */
  private static class UniqueOdooIds extends InMemoryOrderBindings {
    @Override
    public void storeAll(Collection<OrderBinding> stored) {
      for (OrderBinding b : stored) {
        boolean taken =
            byOrder.values().stream()
                .anyMatch(
                    other ->
                        !other.orderId().equals(b.orderId())
                            && Objects.equals(other.odooId(), b.odooId()));
        if (taken) {
          throw new IllegalStateException(
              "sync SQL failed",
              new SQLException(
                  "duplicate key value violates unique constraint \"order_binding_odoo_id_key\"",
                  "23505"));
        }
      }
      super.storeAll(stored);
    }
  }

  /** The orders every push agreed with Odoo, in the order they were fired. */
  private List<PurchaseOrderSnapshot> agreed() {
    return agreements.fired.stream().flatMap(a -> a.orders().stream()).toList();
  }
}
