package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * {@link PurchaseOrderHints} in {@code sync.webhook_hint}. A failure is counted in a transaction of
 * its own, whatever becomes of the caller's.
 */
@ApplicationScoped
@Transactional
public class JpaPurchaseOrderHints implements PurchaseOrderHints {

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  @Override
  public List<Long> waiting(int limit) {
    List<?> rows =
        entities
            .createNativeQuery(
                "select record_id from sync.webhook_hint where model = 'purchase.order'"
                    + " and processed_at is null and parked_at is null order by id limit ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  @Override
  public void processed(long odooId) {
    entities
        .createNativeQuery(
            "update sync.webhook_hint set processed_at = now() where model = 'purchase.order'"
                + " and record_id = ?1 and processed_at is null")
        .setParameter(1, odooId)
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean failed(long odooId, String reason, int maxAttempts) {
    List<?> parked =
        entities
            .createNativeQuery(
                "update sync.webhook_hint set attempts = attempts + 1, last_error = ?2,"
                    + " parked_at = case when attempts + 1 >= ?3 then now() end"
                    + " where model = 'purchase.order' and record_id = ?1"
                    + " and processed_at is null and parked_at is null"
                    + " returning parked_at is not null")
            .setParameter(1, odooId)
            .setParameter(2, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
            .setParameter(3, maxAttempts)
            .getResultList();
    return !parked.isEmpty() && Boolean.TRUE.equals(parked.get(0));
  }
}
