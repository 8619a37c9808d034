package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A purchase order was placed (created as a draft). */
public record PurchaseOrderPlaced(UUID orderId, Instant occurredAt) implements PurchaseOrderEvent {

  public PurchaseOrderPlaced {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
