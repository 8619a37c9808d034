package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncState;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncStateRepository;
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

  private OrderSyncStateRepository states;

  protected OrderSyncStates() {
    // for CDI proxies
  }

  @Inject
  public OrderSyncStates(OrderSyncStateRepository states) {
    this.states = Objects.requireNonNull(states, "states");
  }

  void placed(@Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderPlaced placed) {
    states.add(OrderSyncState.pending(placed.orderId(), placed.occurredAt()));
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
    states.add(state);
  }

  void reported(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStateChanged report) {
    states.find(report.orderId()).ifPresent(state -> apply(report, state));
  }

  void reportedTogether(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStatesChanged reports) {
    List<UUID> ids =
        reports.reports().stream().map(PurchaseOrderSyncStateChanged::orderId).toList();
    if (ids.isEmpty()) {
      return;
    }
    Map<UUID, OrderSyncState> held = new HashMap<>();
    states.findAll(ids).forEach(s -> held.put(s.orderId(), s));
    for (PurchaseOrderSyncStateChanged report : reports.reports()) {
      OrderSyncState state = held.get(report.orderId());
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
    return states.find(orderId);
  }
}
