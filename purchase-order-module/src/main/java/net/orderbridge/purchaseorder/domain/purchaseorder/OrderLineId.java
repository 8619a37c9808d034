package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.util.Objects;
import java.util.UUID;

/** The id of an order line, unique across all orders and stable across revisions. */
public record OrderLineId(UUID value) {

  public OrderLineId {
    Objects.requireNonNull(value, "value");
  }

  public static OrderLineId of(String value) {
    return new OrderLineId(UUID.fromString(value));
  }

  static OrderLineId random() {
    return new OrderLineId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
