package net.orderbridge.sync.application.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;

/**
 * After a successful push, Odoo has what our order has: that is the new base of the three-way
 * merge, taken in the push's own transaction. When newer local changes wait in the outbox the order
 * as read now is not what was pushed, so the snapshot is dropped instead (the pull then takes
 * Odoo's side as the base).
 */
@ApplicationScoped
public class SnapshotAfterPush {
  @Inject PurchaseOrderReader reader;
  @Inject PullState state;
  @Inject net.orderbridge.supplier.api.Catalogue catalogue;

  void pushed(
      @Observes(during = TransactionPhase.IN_PROGRESS) PurchaseOrderSyncStateChanged change) {
    if (!"SYNCED".equals(change.status())) {
      return;
    }
    if (state.pushPending(change.orderId())) {
      state.dropSnapshot(change.orderId());
      return;
    }
    reader
        .find(change.orderId())
        .ifPresent(
            order ->
                state.storeSnapshot(
                    order.id(),
                    OrderFields.local(
                        order,
                        p ->
                            catalogue
                                .odooIdOf(new net.orderbridge.shared.domain.ProductId(p))
                                .orElse(0L)),
                    null));
  }
}
