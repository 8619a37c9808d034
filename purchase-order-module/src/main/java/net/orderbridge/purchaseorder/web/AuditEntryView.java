package net.orderbridge.purchaseorder.web;

import java.time.Instant;
import net.orderbridge.purchaseorder.domain.audit.AuditEntry;

/** One line of an order's audit trail. */
public record AuditEntryView(String action, String actor, Instant occurredAt, String detail) {

  static AuditEntryView of(AuditEntry entry) {
    return new AuditEntryView(entry.action(), entry.actor(), entry.occurredAt(), entry.detail());
  }
}
