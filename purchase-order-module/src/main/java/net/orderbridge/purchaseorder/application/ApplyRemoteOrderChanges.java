package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.OrderState;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLineId;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLineSpec;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderTerms;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrders;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.event.PurchaseOrderChangedInOdoo;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.shared.event.PurchaseOrderImported;

/**
 * {@link RemoteOrderChanges} on the aggregate: Odoo's word, taken without the local transition
 * rules.
 */
@ApplicationScoped
@Transactional
public class ApplyRemoteOrderChanges implements RemoteOrderChanges {
  private PurchaseOrders orders;
  private Event<PurchaseOrderEvent> events;
  private Clock clock;

  protected ApplyRemoteOrderChanges() {}

  @Inject
  public ApplyRemoteOrderChanges(
      PurchaseOrders orders, Event<PurchaseOrderEvent> events, Clock clock) {
    this.orders = orders;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public boolean applyState(UUID orderId, OrderState state, boolean locked) {
    PurchaseOrder order = load(orderId);
    if (!order.applyRemoteState(stateOf(state), locked)) {
      return false;
    }
    orders.store(order);
    events.fire(new PurchaseOrderChangedInOdoo(orderId, clock.instant()));
    return true;
  }

  @Override
  public void applyNotesAndLines(UUID orderId, String notes, List<RemoteLine> lines) {
    PurchaseOrder order = load(orderId);
    order.applyRemoteNotesAndLines(notes, specs(lines, order.currency()));
    orders.store(order);
    events.fire(new PurchaseOrderChangedInOdoo(orderId, clock.instant()));
  }

  @Override
  public UUID importOrder(ImportedOrder imported) {
    CurrencyCode currency = CurrencyCode.of(imported.currency());
    PurchaseOrder order =
        PurchaseOrder.place(
            orders.nextId(),
            orders.nextNumber(),
            new OrderTerms(new SupplierId(imported.supplierId()), currency, imported.notes()),
            specs(imported.lines(), currency),
            clock.instant());
    order.applyRemoteState(stateOf(imported.state()), imported.locked());
    orders.add(order);
    UUID id = order.id().value();
    events.fire(new PurchaseOrderImported(id, imported.odooId(), clock.instant()));
    return id;
  }

  static PurchaseOrderState stateOf(OrderState state) {
    return PurchaseOrderState.valueOf(state.name());
  }

  private static List<OrderLineSpec> specs(List<RemoteLine> lines, CurrencyCode currency) {
    return lines.stream()
        .map(
            line ->
                new OrderLineSpec(
                    line.lineId() == null ? null : new OrderLineId(line.lineId()),
                    new ProductId(line.productId()),
                    line.description() == null ? "" : line.description(),
                    new Quantity(line.quantity()),
                    new Money(line.unitPrice(), currency),
                    line.plannedDate()))
        .toList();
  }

  private PurchaseOrder load(UUID orderId) {
    return orders
        .find(new PurchaseOrderId(orderId))
        .orElseThrow(() -> ApplicationProblem.notFound("No purchase order " + orderId));
  }
}
