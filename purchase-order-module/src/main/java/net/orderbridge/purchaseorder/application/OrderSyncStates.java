package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncState;
import net.orderbridge.shared.event.PurchaseOrderImported;
import net.orderbridge.shared.event.PurchaseOrderPlaced;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;
import net.orderbridge.shared.event.SyncStatus;

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
        SyncStatus.SYNCED,
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
    if (state != null) {
      apply(report, state);
    }
  }

  void reportedTogether(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStatesChanged reports) {
    List<UUID> ids =
        reports.reports().stream().map(PurchaseOrderSyncStateChanged::orderId).toList();
    if (ids.isEmpty()) {
      return;
    }
    Map<UUID, OrderSyncState> states = new HashMap<>();
    entities
        .createQuery("select s from OrderSyncState s where s.orderId in :ids", OrderSyncState.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(s -> states.put(s.orderId(), s));
    for (PurchaseOrderSyncStateChanged report : reports.reports()) {
      OrderSyncState state = states.get(report.orderId());
      if (state != null) {
        apply(report, state);
      }
    }
  }

  private static void apply(PurchaseOrderSyncStateChanged report, OrderSyncState state) {
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
