package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.persistence.Sql;

/** {@link PullState} in {@code sync.pull_cursor} and {@code sync.webhook_hint}. */
@ApplicationScoped
@Transactional
public class JpaPullState implements PullState {
  private static final String CURSOR = OdooModels.PURCHASE_ORDER;

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  private final Sql sql;

  @Inject
  public JpaPullState(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JpaPullState() {
    this(null);
  }

  @Override
  public Optional<Cursor> cursor() {
    List<?> rows =
        entities
            .createNativeQuery("select write_date, odoo_id from sync.pull_cursor where name = ?1")
            .setParameter(1, CURSOR)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> (Object[]) r)
        .map(r -> new Cursor(Sql.instant(r[0]), ((Number) r[1]).longValue()));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void advance(Cursor to) {
    entities
        .createNativeQuery(
            "insert into sync.pull_cursor (name, write_date, odoo_id) values (?1, ?2, ?3)"
                + " on conflict (name) do update set write_date = excluded.write_date,"
                + " odoo_id = excluded.odoo_id, updated_at = now()"
                + " where (sync.pull_cursor.write_date, sync.pull_cursor.odoo_id)"
                + " < (excluded.write_date, excluded.odoo_id)")
        .setParameter(1, CURSOR)
        .setParameter(2, Timestamp.from(to.writeDate()))
        .setParameter(3, to.odooId())
        .executeUpdate();
  }

  @Override
  public List<Long> pendingHints(int limit) {
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
  public void hintProcessed(long odooId) {
    entities
        .createNativeQuery(
            "update sync.webhook_hint set processed_at = now() where model = 'purchase.order'"
                + " and record_id = ?1 and processed_at is null")
        .setParameter(1, odooId)
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean hintFailed(long odooId, String reason, int maxAttempts) {
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
