package net.orderbridge.sync.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.persistence.Sql;

/** {@link SyncConflicts} in {@code sync.sync_conflict}. */
@ApplicationScoped
@Transactional
public class JpaSyncConflicts implements SyncConflicts {
  private static final String COLUMNS =
      "id, order_id, path, base_value, local_value, remote_value, field_group, policy, status,"
          + " created_at, choice, resolved_value, decided_by, decided_at";

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  @Override
  public void record(SyncConflict c) {
    if (c.isOpen()) {
      int updated =
          entities
              .createNativeQuery(
                  "update sync.sync_conflict set local_value = ?1, remote_value = ?2"
                      + " where order_id = ?3 and path = ?4 and status = 'OPEN'")
              .setParameter(1, c.local())
              .setParameter(2, c.remote())
              .setParameter(3, c.orderId())
              .setParameter(4, c.path())
              .executeUpdate();
      if (updated > 0) {
        return;
      }
    }
    entities
        .createNativeQuery(
            "insert into sync.sync_conflict (order_id, path, base_value, local_value,"
                + " remote_value, field_group, policy, status, created_at, choice,"
                + " resolved_value, decided_by, decided_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, cast(?13 as timestamptz))")
        .setParameter(1, c.orderId())
        .setParameter(2, c.path())
        .setParameter(3, c.base())
        .setParameter(4, c.local())
        .setParameter(5, c.remote())
        .setParameter(6, c.group().name())
        .setParameter(7, c.policy().name())
        .setParameter(8, c.status().name())
        .setParameter(9, Timestamp.from(c.createdAt()))
        .setParameter(10, c.choice())
        .setParameter(11, c.resolvedValue())
        .setParameter(12, c.decidedBy())
        .setParameter(13, c.decidedAt() == null ? null : Timestamp.from(c.decidedAt()))
        .executeUpdate();
  }

  @Override
  public Optional<SyncConflict> find(long id) {
    return one("select " + COLUMNS + " from sync.sync_conflict where id = ?1", id);
  }

  @Override
  public Optional<SyncConflict> lock(long id) {
    return one("select " + COLUMNS + " from sync.sync_conflict where id = ?1 for update", id);
  }

  @Override
  public List<SyncConflict> list(SyncConflict.Status status, int limit) {
    String where = status == null ? "" : " where status = '" + status.name() + "'";
    return rows(
        entities
            .createNativeQuery(
                "select " + COLUMNS + " from sync.sync_conflict" + where + " order by id limit ?1")
            .setParameter(1, limit)
            .getResultList());
  }

  @Override
  public long countOpen() {
    return ((Number)
            entities
                .createNativeQuery("select count(*) from sync.sync_conflict where status = 'OPEN'")
                .getSingleResult())
        .longValue();
  }

  @Override
  public List<SyncConflict> openOf(UUID orderId) {
    return rows(
        entities
            .createNativeQuery(
                "select "
                    + COLUMNS
                    + " from sync.sync_conflict where order_id = ?1 and status = 'OPEN'"
                    + " order by id")
            .setParameter(1, orderId)
            .getResultList());
  }

  @Override
  public void store(SyncConflict c) {
    entities
        .createNativeQuery(
            "update sync.sync_conflict set status = ?1, choice = ?2, resolved_value = ?3,"
                + " decided_by = ?4, decided_at = cast(?5 as timestamptz) where id = ?6")
        .setParameter(1, c.status().name())
        .setParameter(2, c.choice())
        .setParameter(3, c.resolvedValue())
        .setParameter(4, c.decidedBy())
        .setParameter(5, c.decidedAt() == null ? null : Timestamp.from(c.decidedAt()))
        .setParameter(6, c.id())
        .executeUpdate();
  }

  private Optional<SyncConflict> one(String sql, long id) {
    return rows(entities.createNativeQuery(sql).setParameter(1, id).getResultList()).stream()
        .findFirst();
  }

  private static List<SyncConflict> rows(List<?> rows) {
    return rows.stream().map(r -> (Object[]) r).map(JpaSyncConflicts::conflict).toList();
  }

  private static SyncConflict conflict(Object[] r) {
    return new SyncConflict(
        ((Number) r[0]).longValue(),
        (UUID) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        FieldGroup.valueOf((String) r[6]),
        ConflictPolicy.valueOf((String) r[7]),
        SyncConflict.Status.valueOf((String) r[8]),
        Sql.instant(r[9]),
        (String) r[10],
        (String) r[11],
        (String) r[12],
        Sql.instant(r[13]));
  }
}
