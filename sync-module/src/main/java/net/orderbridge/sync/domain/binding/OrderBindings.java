package net.orderbridge.sync.domain.binding;

import java.util.Optional;
import java.util.UUID;

/** The bindings of local orders to Odoo orders; unique on both sides. */
public interface OrderBindings {

  Optional<OrderBinding> find(UUID orderId);

  /**
   * Records the key of an order about to be created, unless the order has a binding already.
   *
   * @return true when the key is new: no create of this order can have reached Odoo before
   */
  boolean reserve(UUID orderId, String externalKey);

  /** Stores the binding and its lines, replacing what was stored for the order. */
  void store(OrderBinding binding);

  void remove(UUID orderId);
}
