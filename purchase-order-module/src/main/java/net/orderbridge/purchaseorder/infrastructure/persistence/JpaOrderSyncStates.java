package net.orderbridge.purchaseorder.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncState;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncStateRepository;

/** {@link OrderSyncStateRepository} on PostgreSQL through JPA. */
@ApplicationScoped
public class JpaOrderSyncStates implements OrderSyncStateRepository {

  @PersistenceContext(unitName = "purchase-orders")
  EntityManager entities;

  @Override
  public Optional<OrderSyncState> find(UUID orderId) {
    return Optional.ofNullable(entities.find(OrderSyncState.class, orderId));
  }

  @Override
  public List<OrderSyncState> findAll(Collection<UUID> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    return entities
        .createQuery("select s from OrderSyncState s where s.orderId in :ids", OrderSyncState.class)
        .setParameter("ids", orderIds)
        .getResultList();
  }

  @Override
  public void add(OrderSyncState state) {
    entities.persist(state);
  }
}
