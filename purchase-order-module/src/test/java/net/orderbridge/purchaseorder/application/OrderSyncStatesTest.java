package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncState;
import net.orderbridge.shared.event.PurchaseOrderImported;
import net.orderbridge.shared.event.PurchaseOrderPlaced;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;
import net.orderbridge.shared.event.SyncStatus;
import org.junit.jupiter.api.Test;

/**
 * The sync context's reports keep each order's standing: a placed order starts pending, an imported
 * one is synced with its Odoo id, reports about unknown orders are ignored, and a batch of reports
 * is read in one go.
 */
class OrderSyncStatesTest {
  private static final Instant PLACED = Instant.parse("2026-11-26T12:00:00Z");

  private final InMemoryOrderSyncStates repository = new InMemoryOrderSyncStates();
  private final OrderSyncStates states = new OrderSyncStates(repository);

  @Test
  void aPlacedOrderStartsPending() {
    UUID order = UUID.randomUUID();

    states.placed(new PurchaseOrderPlaced(order, PLACED));

    assertThat(states.of(order))
        .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(SyncStatus.PENDING));
  }

  @Test
  void anImportedOrderIsSyncedWithItsOdooIdFromTheStart() {
    UUID order = UUID.randomUUID();

    states.imported(new PurchaseOrderImported(order, 42, PLACED));

    OrderSyncState state = states.of(order).orElseThrow();
    assertThat(state.status()).isEqualTo(SyncStatus.SYNCED);
    assertThat(state.odooId()).isEqualTo(42L);
    assertThat(state.lastSyncedAt()).isEqualTo(PLACED);
  }

  @Test
  void aReportIsTakenForAKnownOrderAndIgnoredForAnUnknownOne() {
    UUID order = UUID.randomUUID();
    states.placed(new PurchaseOrderPlaced(order, PLACED));

    states.reported(failed(order, "Odoo refused it", PLACED.plusSeconds(5)));
    states.reported(failed(UUID.randomUUID(), "never placed here", PLACED.plusSeconds(5)));

    OrderSyncState state = states.of(order).orElseThrow();
    assertThat(state.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(state.lastError()).isEqualTo("Odoo refused it");
    assertThat(repository.count()).isEqualTo(1);
  }

  @Test
  void reportsTogetherAreReadInOneGoAndEachTakenByItsOrder() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    states.placed(new PurchaseOrderPlaced(first, PLACED));
    states.placed(new PurchaseOrderPlaced(second, PLACED));

    states.reportedTogether(
        new PurchaseOrderSyncStatesChanged(
            List.of(
                synced(first, 7, "P00007", PLACED.plusSeconds(5)),
                failed(second, "timeout", PLACED.plusSeconds(5)),
                failed(UUID.randomUUID(), "unknown", PLACED.plusSeconds(5)))));

    assertThat(repository.batchReads).isEqualTo(1);
    assertThat(states.of(first).orElseThrow().odooName()).isEqualTo("P00007");
    assertThat(states.of(second).orElseThrow().status()).isEqualTo(SyncStatus.FAILED);
    assertThat(repository.count()).isEqualTo(2);
  }

  @Test
  void aLateReportInABatchDoesNotUndoANewerOne() {
    UUID order = UUID.randomUUID();
    states.placed(new PurchaseOrderPlaced(order, PLACED));
    states.reported(synced(order, 7, "P00007", PLACED.plusSeconds(10)));

    states.reportedTogether(
        new PurchaseOrderSyncStatesChanged(List.of(failed(order, "old", PLACED.plusSeconds(5)))));

    assertThat(states.of(order).orElseThrow().status()).isEqualTo(SyncStatus.SYNCED);
  }

  @Test
  void anEmptyBatchReadsNothing() {
    states.reportedTogether(new PurchaseOrderSyncStatesChanged(List.of()));

    assertThat(repository.batchReads).isZero();
  }

  private static PurchaseOrderSyncStateChanged synced(
      UUID order, long odooId, String name, Instant at) {
    return new PurchaseOrderSyncStateChanged(order, SyncStatus.SYNCED, odooId, name, at, null, at);
  }

  private static PurchaseOrderSyncStateChanged failed(UUID order, String error, Instant at) {
    return new PurchaseOrderSyncStateChanged(order, SyncStatus.FAILED, null, null, null, error, at);
  }
}
