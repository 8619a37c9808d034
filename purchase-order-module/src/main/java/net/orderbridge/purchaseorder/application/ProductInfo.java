package net.orderbridge.purchaseorder.application;

import java.util.Objects;
import net.orderbridge.shared.domain.ProductId;

/** What an order line needs of a product: its id and the name that becomes the description. */
public record ProductInfo(ProductId id, String name) {

  public ProductInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
