package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.audit.AuditEntry;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;

/**
 * Writes the audit trail in the transaction of the change it records: who placed, changed,
 * confirmed, cancelled or deleted an order, and every standing the sync reported. Changes made
 * without a caller (timers, the sync) are recorded as {@value #SYSTEM}.
 */
@ApplicationScoped
public class OrderAuditTrail {
  static final String SYSTEM = "system";

  @PersistenceContext(unitName = "purchase-orders")
  EntityManager entities;

  @Inject Principal caller;

  void changed(@Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderEvent event) {
    String action =
        event
            .getClass()
            .getSimpleName()
            .replace("PurchaseOrder", "")
            .replaceAll("([a-z])([A-Z])", "$1_$2")
            .toUpperCase(java.util.Locale.ROOT);
    entities.persist(new AuditEntry(event.orderId(), action, actor(), event.occurredAt(), null));
  }

  void synced(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStateChanged report) {
    String detail = report.odooName() != null ? "Odoo " + report.odooName() : report.lastError();
    entities.persist(
        new AuditEntry(
            report.orderId(), "SYNC_" + report.status(), SYSTEM, report.occurredAt(), detail));
  }

  void syncedTogether(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStatesChanged reports) {
    reports.reports().forEach(this::synced);
  }

  public List<AuditEntry> of(UUID orderId) {
    return entities
        .createQuery(
            "select e from AuditEntry e where e.orderId = :order order by e.id", AuditEntry.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  /** Who placed the order, as its audit trail says; empty for an order made in Odoo. */
  public Optional<String> placedBy(UUID orderId) {
    return entities
        .createQuery(
            "select e.actor from AuditEntry e where e.orderId = :order and e.action = 'PLACED'",
            String.class)
        .setParameter("order", orderId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private String actor() {
    try {
      String name = caller == null ? null : caller.getName();
      return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? SYSTEM : name;
    } catch (RuntimeException noCaller) {
      return SYSTEM;
    }
  }
}
