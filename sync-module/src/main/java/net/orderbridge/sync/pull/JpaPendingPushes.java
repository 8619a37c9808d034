package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** {@link PendingPushes} in the push's {@code sync.outbox_message}. */
@ApplicationScoped
@Transactional
public class JpaPendingPushes implements PendingPushes {

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  @Override
  public boolean existFor(UUID orderId) {
    return !entities
        .createNativeQuery(
            "select 1 from sync.outbox_message where order_id = ?1 and status = 'PENDING'"
                + " limit 1")
        .setParameter(1, orderId)
        .getResultList()
        .isEmpty();
  }
}
