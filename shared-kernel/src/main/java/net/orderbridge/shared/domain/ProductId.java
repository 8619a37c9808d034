package net.orderbridge.shared.domain;

import java.util.Objects;
import java.util.UUID;

/** The local id of a product (an Odoo product mirrored by the supplier module). */
public record ProductId(UUID value) {

  public ProductId {
    Objects.requireNonNull(value, "value");
  }

  public static ProductId of(String value) {
    return new ProductId(UUID.fromString(value));
  }

  public static ProductId random() {
    return new ProductId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
