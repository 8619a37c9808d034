package net.orderbridge.shared.domain;

import java.util.Objects;
import java.util.UUID;

/** The local id of a purchase order, assigned locally before Odoo knows the order. */
public record PurchaseOrderId(UUID value) {

  public PurchaseOrderId {
    Objects.requireNonNull(value, "value");
  }

  public static PurchaseOrderId of(String value) {
    return new PurchaseOrderId(UUID.fromString(value));
  }

  public static PurchaseOrderId random() {
    return new PurchaseOrderId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
