package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A purchase order was cancelled. */
public record PurchaseOrderCancelled(UUID orderId, Instant occurredAt)
    implements PurchaseOrderEvent {

  public PurchaseOrderCancelled {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
