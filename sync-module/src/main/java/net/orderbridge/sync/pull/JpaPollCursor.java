package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.persistence.Sql;

/**
 * {@link PollCursor} in {@code sync.pull_cursor}, the row named after the model. It moves in a
 * transaction of its own, whatever becomes of the caller's.
 */
@ApplicationScoped
@Transactional
public class JpaPollCursor implements PollCursor {
  private static final String CURSOR = OdooModels.PURCHASE_ORDER;

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  @Override
  public Optional<Position> current() {
    List<?> rows =
        entities
            .createNativeQuery("select write_date, odoo_id from sync.pull_cursor where name = ?1")
            .setParameter(1, CURSOR)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> (Object[]) r)
        .map(r -> new Position(Sql.instant(r[0]), ((Number) r[1]).longValue()));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void advance(Position to) {
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
}
