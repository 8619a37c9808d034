package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.util.Optional;
import net.orderbridge.shared.domain.SupplierId;

/**
 * What to search orders by; a null part matches every order. {@code syncStatus} filters on the
 * standing with Odoo that the sync context reports (see {@code OrderSyncState}); {@link #matches}
 * can't see it.
 */
public record PurchaseOrderCriteria(
    PurchaseOrderState state, SupplierId supplierId, String syncStatus) {

  public PurchaseOrderCriteria(PurchaseOrderState state, SupplierId supplierId) {
    this(state, supplierId, null);
  }

  public static PurchaseOrderCriteria any() {
    return new PurchaseOrderCriteria(null, null, null);
  }

  public Optional<String> syncStatusFilter() {
    return Optional.ofNullable(syncStatus);
  }

  public Optional<PurchaseOrderState> stateFilter() {
    return Optional.ofNullable(state);
  }

  public Optional<SupplierId> supplierFilter() {
    return Optional.ofNullable(supplierId);
  }

  public boolean matches(PurchaseOrder order) {
    return (state == null || state == order.state())
        && (supplierId == null || supplierId.equals(order.supplierId()));
  }
}
