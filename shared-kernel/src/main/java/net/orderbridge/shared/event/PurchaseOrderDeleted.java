package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A purchase order was deleted; it can no longer be loaded, only its id remains. */
public record PurchaseOrderDeleted(UUID orderId, Instant occurredAt) implements PurchaseOrderEvent {

  public PurchaseOrderDeleted {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
