package net.orderbridge.purchaseorder.domain.syncstate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The orders' sync standings, as a collection. A port: the JPA adapter lives in {@code
 * infrastructure.persistence}. Every method runs inside the caller's transaction.
 */
public interface OrderSyncStateRepository {

  Optional<OrderSyncState> find(UUID orderId);

  /** The standings of these orders that exist, in any order, in one query. */
  List<OrderSyncState> findAll(Collection<UUID> orderIds);

  void add(OrderSyncState state);
}
