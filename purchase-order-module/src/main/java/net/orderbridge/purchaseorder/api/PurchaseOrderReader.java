package net.orderbridge.purchaseorder.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.application.OrderAuditTrail;
import net.orderbridge.purchaseorder.application.OrderLineDetails;
import net.orderbridge.purchaseorder.application.PurchaseOrderDetails;
import net.orderbridge.purchaseorder.application.PurchaseOrderQueries;
import net.orderbridge.shared.domain.PurchaseOrderId;

/** Reads purchase orders for other contexts (the sync context pushes them to Odoo). */
@ApplicationScoped
public class PurchaseOrderReader {
  private PurchaseOrderQueries queries;
  private OrderAuditTrail audit;

  protected PurchaseOrderReader() {
    // for CDI
  }

  @Inject
  public PurchaseOrderReader(PurchaseOrderQueries queries, OrderAuditTrail audit) {
    this.queries = queries;
    this.audit = audit;
  }

  /** The user who placed the order here; empty for an order imported from Odoo. */
  public Optional<String> placedBy(UUID orderId) {
    return audit.placedBy(orderId);
  }

  /** The order as it is now, or empty when it does not exist (any more). */
  public Optional<PurchaseOrderSnapshot> find(UUID orderId) {
    return queries.find(new PurchaseOrderId(orderId)).map(PurchaseOrderReader::snapshot);
  }

  /** The orders of these ids as they are now, by id; ids of orders that don't exist are absent. */
  public Map<UUID, PurchaseOrderSnapshot> findAll(Collection<UUID> orderIds) {
    Map<UUID, PurchaseOrderSnapshot> found = new java.util.HashMap<>();
    queries
        .findAll(orderIds.stream().map(PurchaseOrderId::new).toList())
        .forEach(o -> found.put(o.id().value(), snapshot(o)));
    return found;
  }

  static PurchaseOrderSnapshot snapshot(PurchaseOrderDetails order) {
    return new PurchaseOrderSnapshot(
        order.id().value(),
        order.number().value(),
        order.version(),
        order.supplierId().value(),
        order.currency().value(),
        order.notes(),
        order.state().name(),
        order.locked(),
        order.lines().stream().map(PurchaseOrderReader::line).toList());
  }

  private static PurchaseOrderSnapshot.Line line(OrderLineDetails line) {
    return new PurchaseOrderSnapshot.Line(
        line.lineId().value(),
        line.productId().value(),
        line.description(),
        line.quantity().value(),
        line.unitPrice().amount(),
        line.plannedDate());
  }
}
