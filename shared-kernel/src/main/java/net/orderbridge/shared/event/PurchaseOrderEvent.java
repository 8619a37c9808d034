package net.orderbridge.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to one purchase order. Observe this type to receive every kind (CDI
 * delivers an event to observers of any of its supertypes).
 */
public sealed interface PurchaseOrderEvent
    permits PurchaseOrderPlaced,
        PurchaseOrderChanged,
        PurchaseOrderChangedInOdoo,
        PurchaseOrderConfirmed,
        PurchaseOrderCancelled,
        PurchaseOrderDeleted,
        PurchaseOrderImported {

  UUID orderId();

  Instant occurredAt();
}
