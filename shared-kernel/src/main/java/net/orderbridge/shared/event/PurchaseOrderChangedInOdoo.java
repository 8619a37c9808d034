package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A change made in Odoo was applied to the local order (a pull, or a merge of both sides). Unlike
 * {@link PurchaseOrderChanged} it is not pushed: Odoo has it already, and pushing it back could
 * overwrite a newer Odoo edit.
 */
public record PurchaseOrderChangedInOdoo(UUID orderId, Instant occurredAt)
    implements PurchaseOrderEvent {

  public PurchaseOrderChangedInOdoo {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
