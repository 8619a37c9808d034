package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A purchase order's header, lines, lock or state changed in a way no other event names. */
public record PurchaseOrderChanged(UUID orderId, Instant occurredAt) implements PurchaseOrderEvent {

  public PurchaseOrderChanged {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
