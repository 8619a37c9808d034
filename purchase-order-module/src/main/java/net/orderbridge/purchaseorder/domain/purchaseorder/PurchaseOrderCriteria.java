package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.util.Optional;
import net.orderbridge.shared.domain.SupplierId;

/** What to search orders by; a null part matches every order. */
public record PurchaseOrderCriteria(PurchaseOrderState state, SupplierId supplierId) {

  public static PurchaseOrderCriteria any() {
    return new PurchaseOrderCriteria(null, null);
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
