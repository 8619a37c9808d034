package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An order created in Odoo (not by us) was imported as a local order. Unlike {@link
 * PurchaseOrderPlaced} it must not be pushed: it exists in Odoo already ({@code odooId}).
 */
public record PurchaseOrderImported(UUID orderId, long odooId, Instant occurredAt)
    implements PurchaseOrderEvent {

  public PurchaseOrderImported {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
