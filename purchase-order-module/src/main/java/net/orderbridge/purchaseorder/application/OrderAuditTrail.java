package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import net.orderbridge.purchaseorder.api.OrderAudit;
import net.orderbridge.purchaseorder.domain.audit.AuditEntries;
import net.orderbridge.purchaseorder.domain.audit.AuditEntry;
import net.orderbridge.purchaseorder.domain.audit.FieldChange;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrders;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.event.PurchaseOrderDeleted;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;

/**
 * Writes the audit trail in the transaction of the change it records: who placed, changed,
 * confirmed, cancelled or deleted an order, each changed field before and after ({@link
 * PurchaseOrder#takeChanges}: the event's order is the one the use case changed, from the same
 * persistence context), and every standing the sync reported. The actor is the caller; without one
 * the {@link OrderAudit.Origin} in force names the part of the sync ({@code sync:pull}), else
 * {@value #SYSTEM}.
 */
@ApplicationScoped
public class OrderAuditTrail implements OrderAudit {
  static final String SYSTEM = "system";

  @Inject AuditEntries entries;

  @Inject Principal caller;

  @Inject PurchaseOrders orders;

  @Inject Clock clock;

  private final ThreadLocal<Origin> origin = new ThreadLocal<>();

  void changed(@Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderEvent event) {
    Origin cause = origin.get();
    String action =
        cause != null && cause.action() != null
            ? cause.action()
            : event
                .getClass()
                .getSimpleName()
                .replace("PurchaseOrder", "")
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
    entries.add(
        new AuditEntry(
            event.orderId(),
            action,
            actor(cause),
            event.occurredAt(),
            cause == null ? null : cause.detail(),
            changesOf(event)));
  }

  private List<FieldChange> changesOf(PurchaseOrderEvent event) {
    if (event instanceof PurchaseOrderDeleted) {
      return List.of();
    }
    return orders
        .find(new PurchaseOrderId(event.orderId()))
        .map(PurchaseOrder::takeChanges)
        .orElse(List.of());
  }

  void synced(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStateChanged report) {
    Origin cause = origin.get();
    String detail = report.odooName() != null ? "Odoo " + report.odooName() : report.lastError();
    if (cause != null && cause.detail() != null) {
      detail = detail == null ? cause.detail() : detail + " (" + cause.detail() + ")";
    }
    entries.add(
        new AuditEntry(
            report.orderId(),
            "SYNC_" + report.status(),
            cause == null ? SYSTEM : actor(cause),
            report.occurredAt(),
            detail));
  }

  void syncedTogether(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStatesChanged reports) {
    reports.reports().forEach(this::synced);
  }

  @Override
  public <T> T attributed(Origin cause, Supplier<T> work) {
    if (origin.get() != null) {
      return work.get();
    }
    origin.set(cause);
    try {
      return work.get();
    } finally {
      origin.remove();
    }
  }

  @Override
  @Transactional
  public void note(Collection<UUID> orderIds, String action, String detail) {
    String actor = actor(origin.get());
    for (UUID orderId : orderIds) {
      entries.add(new AuditEntry(orderId, action, actor, clock.instant(), detail));
    }
  }

  /**
   * The order's last {@code limit} entries, oldest first, with their changes (fetched in one more
   * query for all of them, not one per entry).
   */
  public List<AuditEntry> of(UUID orderId, int limit) {
    return entries.latestOf(orderId, limit);
  }

  /** Who placed the order, as its audit trail says; empty for an order made in Odoo. */
  public Optional<String> placedBy(UUID orderId) {
    return entries.placedBy(orderId);
  }

  private String actor(Origin cause) {
    return person().orElse(cause == null ? SYSTEM : cause.system());
  }

  private Optional<String> person() {
    try {
      String name = caller == null ? null : caller.getName();
      return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name)
          ? Optional.empty()
          : Optional.of(name);
    } catch (RuntimeException noCaller) {
      return Optional.empty();
    }
  }
}
