package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderTerms;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrders;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.shared.event.PurchaseOrderCancelled;
import net.orderbridge.shared.event.PurchaseOrderChanged;
import net.orderbridge.shared.event.PurchaseOrderConfirmed;
import net.orderbridge.shared.event.PurchaseOrderDeleted;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.shared.event.PurchaseOrderPlaced;

/**
 * The use cases that change purchase orders. Each method is one JTA transaction: load, call the
 * aggregate, store, then fire the integration event synchronously, so observers in phase {@code
 * IN_PROGRESS}/{@code BEFORE_COMPLETION} (the sync-module's outbox) commit or roll back with the
 * change. An {@link ApplicationProblem} rolls the transaction back.
 */
@ApplicationScoped
@Transactional
public class PurchaseOrderService {

  private PurchaseOrders orders;
  private OrderInputResolver inputs;
  private Event<PurchaseOrderEvent> events;
  private Clock clock;

  protected PurchaseOrderService() {
    // for CDI proxies
  }

  @Inject
  public PurchaseOrderService(
      PurchaseOrders orders,
      OrderInputResolver inputs,
      Event<PurchaseOrderEvent> events,
      Clock clock) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.inputs = Objects.requireNonNull(inputs, "inputs");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Places a draft order with a fresh id and number; fires {@link PurchaseOrderPlaced}. */
  public PurchaseOrderDetails place(PlacePurchaseOrder command) {
    Objects.requireNonNull(command, "command");
    OrderTerms terms =
        inputs.terms(command.supplierId(), command.currency(), command.notes(), command.lines());
    PurchaseOrder order =
        PurchaseOrder.place(
            orders.nextId(),
            orders.nextNumber(),
            terms,
            inputs.lines(terms, command.lines()),
            clock.instant());
    orders.add(order);
    events.fire(new PurchaseOrderPlaced(order.id().value(), clock.instant()));
    return PurchaseOrderDetails.of(order);
  }

  /**
   * Replaces header and lines if the order is still at the expected version ({@code
   * PRECONDITION_FAILED} otherwise); fires {@link PurchaseOrderChanged}.
   */
  public PurchaseOrderDetails revise(RevisePurchaseOrder command) {
    Objects.requireNonNull(command, "command");
    PurchaseOrder order = load(command.orderId());
    if (order.version() != command.expectedVersion()) {
      throw new ApplicationProblem(
          ProblemType.PRECONDITION_FAILED,
          "Purchase order "
              + order.number()
              + " is at version "
              + order.version()
              + ", not "
              + command.expectedVersion()
              + "; reload it and try again");
    }
    OrderTerms terms =
        inputs.terms(command.supplierId(), command.currency(), command.notes(), command.lines());
    order.revise(terms, inputs.lines(terms, command.lines()));
    return storeAndFire(order, PurchaseOrderChanged::new);
  }

  /** Confirms a draft or sent order; fires {@link PurchaseOrderConfirmed}. */
  public PurchaseOrderDetails confirm(PurchaseOrderId id) {
    return change(id, PurchaseOrder::confirm, PurchaseOrderConfirmed::new);
  }

  /** Cancels an order; fires {@link PurchaseOrderCancelled}. */
  public PurchaseOrderDetails cancel(PurchaseOrderId id) {
    return change(id, PurchaseOrder::cancel, PurchaseOrderCancelled::new);
  }

  /** Turns a cancelled order back into a draft; fires {@link PurchaseOrderChanged}. */
  public PurchaseOrderDetails resetToDraft(PurchaseOrderId id) {
    return change(id, PurchaseOrder::resetToDraft, PurchaseOrderChanged::new);
  }

  /** Locks a confirmed order against edits; fires {@link PurchaseOrderChanged}. */
  public PurchaseOrderDetails lock(PurchaseOrderId id) {
    return change(id, PurchaseOrder::lock, PurchaseOrderChanged::new);
  }

  /** Unlocks a locked order; fires {@link PurchaseOrderChanged}. */
  public PurchaseOrderDetails unlock(PurchaseOrderId id) {
    return change(id, PurchaseOrder::unlock, PurchaseOrderChanged::new);
  }

  /** Deletes a draft or cancelled order; fires {@link PurchaseOrderDeleted}. */
  public void delete(PurchaseOrderId id) {
    PurchaseOrder order = load(id);
    order.assertDeletable();
    orders.remove(order);
    events.fire(new PurchaseOrderDeleted(order.id().value(), clock.instant()));
  }

  private PurchaseOrderDetails change(
      PurchaseOrderId id, Consumer<PurchaseOrder> behaviour, EventFactory event) {
    PurchaseOrder order = load(id);
    behaviour.accept(order);
    return storeAndFire(order, event);
  }

  private PurchaseOrderDetails storeAndFire(PurchaseOrder order, EventFactory event) {
    orders.store(order);
    events.fire(event.of(order.id().value(), clock.instant()));
    return PurchaseOrderDetails.of(order);
  }

  private PurchaseOrder load(PurchaseOrderId id) {
    Objects.requireNonNull(id, "id");
    return orders
        .find(id)
        .orElseThrow(() -> ApplicationProblem.notFound("No purchase order " + id));
  }

  @FunctionalInterface
  private interface EventFactory {
    PurchaseOrderEvent of(UUID orderId, Instant occurredAt);
  }
}
