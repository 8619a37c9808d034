package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A purchase order was confirmed (Odoo state {@code purchase}). */
public record PurchaseOrderConfirmed(UUID orderId, Instant occurredAt)
    implements PurchaseOrderEvent {

  public PurchaseOrderConfirmed {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
