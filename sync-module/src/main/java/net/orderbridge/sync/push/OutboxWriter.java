package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.orderbridge.shared.event.PurchaseOrderCancelled;
import net.orderbridge.shared.event.PurchaseOrderChangedInOdoo;
import net.orderbridge.shared.event.PurchaseOrderConfirmed;
import net.orderbridge.shared.event.PurchaseOrderDeleted;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.shared.event.PurchaseOrderImported;
import net.orderbridge.shared.event.PurchaseOrderPlaced;

/**
 * Writes one outbox row for every order change, inside the transaction that made the change (phase
 * {@code IN_PROGRESS}): the change and its way to Odoo commit or roll back together, so a crash
 * after the commit loses nothing and a failed change sends nothing.
 */
@ApplicationScoped
public class OutboxWriter {

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  void record(@Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderEvent event) {
    if (cameFromOdoo(event)) {
      return; // Odoo has it; the pull writes the binding in the same transaction
    }
    entities
        .createNativeQuery(
            "insert into sync.outbox_message (order_id, kind, created_at, due_at)"
                + " values (?1, ?2, ?3, ?3)")
        .setParameter(1, event.orderId())
        .setParameter(2, kind(event))
        .setParameter(3, java.sql.Timestamp.from(event.occurredAt()))
        .executeUpdate();
  }

  /** Imported from Odoo, or an Odoo change applied here: nothing to push. */
  public static boolean cameFromOdoo(PurchaseOrderEvent event) {
    return event instanceof PurchaseOrderImported || event instanceof PurchaseOrderChangedInOdoo;
  }

  static String kind(PurchaseOrderEvent event) {
    if (event instanceof PurchaseOrderPlaced) {
      return "PLACED";
    } else if (event instanceof PurchaseOrderConfirmed) {
      return "CONFIRMED";
    } else if (event instanceof PurchaseOrderCancelled) {
      return "CANCELLED";
    } else if (event instanceof PurchaseOrderDeleted) {
      return "DELETED";
    }
    return "CHANGED";
  }
}
