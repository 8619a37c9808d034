package net.orderbridge.purchaseorder.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncState;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncStateRepository;

/** A fake of the sync standings' port that counts the batch reads it answered. */
final class InMemoryOrderSyncStates implements OrderSyncStateRepository {
  private final Map<UUID, OrderSyncState> states = new LinkedHashMap<>();
  int batchReads;

  @Override
  public Optional<OrderSyncState> find(UUID orderId) {
    return Optional.ofNullable(states.get(orderId));
  }

  @Override
  public List<OrderSyncState> findAll(Collection<UUID> orderIds) {
    batchReads++;
    return orderIds.stream().map(states::get).filter(Objects::nonNull).toList();
  }

  @Override
  public void add(OrderSyncState state) {
    if (states.putIfAbsent(state.orderId(), state) != null) {
      throw new IllegalStateException("already added: " + state.orderId());
    }
  }

  int count() {
    return states.size();
  }
}
