package net.orderbridge.purchaseorder.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.audit.AuditEntries;
import net.orderbridge.purchaseorder.domain.audit.AuditEntry;

/** The audit trail in {@code purchase_order.audit_entry} and its {@code audit_change} rows. */
@ApplicationScoped
public class JpaAuditEntries implements AuditEntries {
  @PersistenceContext(unitName = "purchase-orders")
  EntityManager entities;

  @Override
  public void add(AuditEntry entry) {
    entities.persist(entry);
  }

  /** The changes of all the entries come in one more query, not one per entry. */
  @Override
  public List<AuditEntry> latestOf(UUID orderId, int limit) {
    List<AuditEntry> newestFirst =
        entities
            .createQuery(
                "select e from AuditEntry e where e.orderId = :order order by e.id desc",
                AuditEntry.class)
            .setParameter("order", orderId)
            .setHint("eclipselink.batch", "e.changes")
            .setHint("eclipselink.batch.type", "IN")
            .setMaxResults(limit)
            .getResultList();
    List<AuditEntry> entries = new ArrayList<>(newestFirst);
    Collections.reverse(entries);
    return entries;
  }

  @Override
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
}
