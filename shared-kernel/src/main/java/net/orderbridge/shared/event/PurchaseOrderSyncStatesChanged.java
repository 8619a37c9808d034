package net.orderbridge.shared.event;

import java.util.List;
import java.util.Objects;

/**
 * Many {@link PurchaseOrderSyncStateChanged} reports at once, of different orders, as one push
 * batch settles them: the order context applies them with one query instead of one per order.
 */
public record PurchaseOrderSyncStatesChanged(List<PurchaseOrderSyncStateChanged> reports) {

  public PurchaseOrderSyncStatesChanged {
    reports = List.copyOf(Objects.requireNonNull(reports, "reports"));
  }
}
