package net.orderbridge.shared.domain;

import java.util.Objects;
import java.util.UUID;

/** The local id of a supplier (an Odoo vendor partner mirrored by the supplier module). */
public record SupplierId(UUID value) {

  public SupplierId {
    Objects.requireNonNull(value, "value");
  }

  public static SupplierId of(String value) {
    return new SupplierId(UUID.fromString(value));
  }

  public static SupplierId random() {
    return new SupplierId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
