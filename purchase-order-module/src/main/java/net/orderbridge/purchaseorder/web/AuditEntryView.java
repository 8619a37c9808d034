package net.orderbridge.purchaseorder.web;

import java.time.Instant;
import java.util.List;
import net.orderbridge.purchaseorder.domain.audit.AuditEntry;
import net.orderbridge.purchaseorder.domain.audit.FieldChange;

/** One line of an order's audit trail, with the fields it changed. */
public record AuditEntryView(
    String action, String actor, Instant occurredAt, String detail, List<FieldChangeView> changes) {

  /** One changed field; {@code before} or {@code after} is null where the field was not there. */
  public record FieldChangeView(String field, String before, String after) {
    static FieldChangeView of(FieldChange change) {
      return new FieldChangeView(change.field(), change.before(), change.after());
    }
  }

  static AuditEntryView of(AuditEntry entry) {
    return new AuditEntryView(
        entry.action(),
        entry.actor(),
        entry.occurredAt(),
        entry.detail(),
        entry.changes().stream().map(FieldChangeView::of).toList());
  }
}
