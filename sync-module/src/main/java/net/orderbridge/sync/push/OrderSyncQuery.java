package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.sync.binding.OrderBindings;

/** One order's standing with Odoo: its binding and its outbox messages. */
@ApplicationScoped
public class OrderSyncQuery {
  private final Outbox outbox;
  private final OrderBindings bindings;
  private final CleanOutbox cleanup;

  @Inject
  public OrderSyncQuery(Outbox outbox, OrderBindings bindings, CleanOutbox cleanup) {
    this.outbox = outbox;
    this.bindings = bindings;
    this.cleanup = cleanup;
  }

  /** For CDI's client proxy. */
  protected OrderSyncQuery() {
    this(null, null, null);
  }

  /**
   * @throws ApplicationProblem when the order has neither a binding nor outbox messages
   */
  public OrderSyncView of(UUID orderId) {
    List<OutboxMessage> history = outbox.history(orderId);
    var binding = bindings.find(orderId);
    if (history.isEmpty() && binding.isEmpty()) {
      throw ApplicationProblem.notFound(
          "Order "
              + orderId
              + " has no binding and no outbox messages (settled ones are kept for "
              + cleanup.retention()
              + "; its audit trail keeps every sync outcome)");
    }
    return OrderSyncView.of(orderId, binding, history, cleanup.retention());
  }
}
