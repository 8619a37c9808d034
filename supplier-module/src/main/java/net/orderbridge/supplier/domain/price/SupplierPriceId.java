package net.orderbridge.supplier.domain.price;

import java.util.Objects;
import java.util.UUID;

/** The local id of a mirrored supplier price. */
public record SupplierPriceId(UUID value) {

  public SupplierPriceId {
    Objects.requireNonNull(value, "value");
  }

  public static SupplierPriceId random() {
    return new SupplierPriceId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
