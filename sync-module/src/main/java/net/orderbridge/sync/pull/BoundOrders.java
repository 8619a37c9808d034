package net.orderbridge.sync.pull;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The bindings the pull and the id reconciliation look at. A port: the adapter reads {@code
 * sync.order_binding}.
 */
public interface BoundOrders {

  /**
   * The local orders bound to those of these Odoo orders that have one, by Odoo id, their binding
   * rows locked for this transaction (in the order of their Odoo ids), in one query.
   */
  Map<Long, UUID> lock(Collection<Long> odooIds);

  /** Whether this external key (Odoo's {@code origin}) names one of our orders. */
  boolean isOurKey(String origin);

  /** Local order by Odoo id, for every binding with an Odoo id not yet known to be deleted. */
  Map<Long, UUID> live();

  /** Records that Odoo no longer has the order; false when it was recorded already. */
  boolean markDeletedInOdoo(UUID orderId);
}
