package net.orderbridge.purchaseorder.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.application.IdempotencyKeys;
import net.orderbridge.shared.domain.PurchaseOrderId;

/** {@link IdempotencyKeys} in {@code purchase_order.idempotency_key}. */
@ApplicationScoped
public class JpaIdempotencyKeys implements IdempotencyKeys {

  @PersistenceContext(unitName = "purchase-orders")
  EntityManager entities;

  @Override
  public Optional<Use> find(String caller, String key) {
    List<?> rows =
        entities
            .createNativeQuery(
                "select request_hash, order_id from purchase_order.idempotency_key"
                    + " where caller = ?1 and key = ?2")
            .setParameter(1, caller)
            .setParameter(2, key)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(Object[].class::cast)
        .map(
            row ->
                new Use(
                    (String) row[0],
                    Optional.ofNullable(row[1])
                        .map(id -> new PurchaseOrderId(UUID.fromString(id.toString())))));
  }

  @Override
  public boolean claim(String caller, String key, String requestHash) {
    return entities
            .createNativeQuery(
                "insert into purchase_order.idempotency_key (caller, key, request_hash)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, caller)
            .setParameter(2, key)
            .setParameter(3, requestHash)
            .executeUpdate()
        == 1;
  }

  @Override
  public void bind(String caller, String key, PurchaseOrderId order) {
    entities
        .createNativeQuery(
            "update purchase_order.idempotency_key set order_id = ?3 where caller = ?1 and key = ?2")
        .setParameter(1, caller)
        .setParameter(2, key)
        .setParameter(3, order.value())
        .executeUpdate();
  }
}
