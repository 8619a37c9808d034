package net.orderbridge.sync.binding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The bindings of local orders to Odoo orders; unique on both sides. */
public interface OrderBindings {

  default Optional<OrderBinding> find(UUID orderId) {
    return Optional.ofNullable(findAll(List.of(orderId)).get(orderId));
  }

  /** The bindings of these orders that exist, by order id (two queries for any number). */
  Map<UUID, OrderBinding> findAll(Collection<UUID> orderIds);

  /**
   * Records the keys of orders about to be created, except for orders that have a binding already,
   * in one statement and a transaction of its own.
   *
   * @param keys external key by order id
   * @return the orders whose key is new: no create of them can have reached Odoo before
   */
  Set<UUID> reserveAll(Map<UUID, String> keys);

  /** Stores the binding and its lines, replacing what was stored for the order. */
  default void store(OrderBinding binding) {
    storeAll(List.of(binding));
  }

  /** {@link #store} for many bindings at once (of different orders), in a few statements. */
  void storeAll(Collection<OrderBinding> bindings);

  void remove(UUID orderId);
}
