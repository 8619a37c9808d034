package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.binding.OdooDatabaseChangedException;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.conflict.AgreedWithOdoo;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.fixture.InMemoryOutbox;
import net.orderbridge.sync.fixture.InMemoryPurchaseOrders;
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
  private final InMemoryOrderBindings bindings = new InMemoryOrderBindings();
  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final RecordedEvents<PurchaseOrderSyncStateChanged> states = new RecordedEvents<>();
  private final RecordedEvents<PurchaseOrderSyncStatesChanged> manyStates = new RecordedEvents<>();
  private final RecordedEvents<AgreedWithOdoo> agreements = new RecordedEvents<>();
  private final RecordingPushMetrics metrics = new RecordingPushMetrics();

  /** What Odoo answers per order; the exporter records what it was asked to send. */
  private final Map<UUID, Function<OrderToExport, Exported>> odoo = new HashMap<>();

  private final List<OrderToExport> sent = new ArrayList<>();
  private RuntimeException databaseGuard;

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
    OrderExporter exporter =
        work -> {
          sent.addAll(work);
          return work.stream().map(w -> odoo.get(w.orderId()).apply(w)).toList();
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
            new CircuitWatch(),
            agreements);
    return new BatchSyncPendingOrders(
        outbox, bindings, orders, exporter, outcomes, metrics, settings(), null, guard, null);
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

  /** The orders every push agreed with Odoo, in the order they were fired. */
  private List<PurchaseOrderSnapshot> agreed() {
    return agreements.fired.stream().flatMap(a -> a.orders().stream()).toList();
  }
}
