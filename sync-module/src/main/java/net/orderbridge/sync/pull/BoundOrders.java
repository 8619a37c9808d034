package net.orderbridge.sync.pull;

import java.util.Map;
import java.util.UUID;

/**
 * The bindings the id reconciliation checks. A port: the adapter reads {@code sync.order_binding}.
 */
public interface BoundOrders {

  /** Local order by Odoo id, for every binding with an Odoo id not yet known to be deleted. */
  Map<Long, UUID> live();

  /** Records that Odoo no longer has the order; false when it was recorded already. */
  boolean markDeletedInOdoo(UUID orderId);
}
