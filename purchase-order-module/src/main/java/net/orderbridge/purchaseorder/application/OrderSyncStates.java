package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncState;
import net.orderbridge.shared.event.PurchaseOrderImported;
import net.orderbridge.shared.event.PurchaseOrderPlaced;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;

/**
 * Keeps each order's sync standing from the sync context's reports, in the reporting transaction. A
 * new order starts {@code PENDING}.
 */
@ApplicationScoped
public class OrderSyncStates {

  @PersistenceContext(unitName = "purchase-orders")
  EntityManager entities;

  void placed(@Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderPlaced placed) {
    entities.persist(OrderSyncState.pending(placed.orderId(), placed.occurredAt()));
  }

  void imported(@Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderImported imported) {
    OrderSyncState state = OrderSyncState.pending(imported.orderId(), imported.occurredAt());
    state.report(
        OrderSyncState.SYNCED,
        imported.odooId(),
        null,
        imported.occurredAt(),
        null,
        imported.occurredAt());
    entities.persist(state);
  }

  void reported(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStateChanged report) {
    OrderSyncState state = entities.find(OrderSyncState.class, report.orderId());
    if (state == null) {
      return;
    }
    state.report(
        report.status(),
        report.odooId(),
        report.odooName(),
        report.lastSyncedAt(),
        report.lastError(),
        report.occurredAt());
  }

  public Optional<OrderSyncState> of(UUID orderId) {
    return Optional.ofNullable(entities.find(OrderSyncState.class, orderId));
  }
}
