package net.orderbridge.sync.conflict;

import java.util.List;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;

/**
 * Pushed, so Odoo now has these orders as the push read them: they are the new base of the
 * three-way merge. Fired by the push in its own transaction and observed synchronously (same
 * transaction, a failure rolls the push's bookkeeping back) by whoever keeps the bases, so the push
 * need not know the pull.
 */
public record AgreedWithOdoo(List<PurchaseOrderSnapshot> orders) {
  public AgreedWithOdoo {
    orders = List.copyOf(orders);
  }
}
