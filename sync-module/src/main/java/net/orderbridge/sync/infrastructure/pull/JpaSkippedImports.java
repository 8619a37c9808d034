package net.orderbridge.sync.infrastructure.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.orderbridge.sync.application.pull.ImportMode;
import net.orderbridge.sync.application.pull.SkippedImports;

/** {@link SkippedImports} in {@code sync.import_skip}. */
@ApplicationScoped
@Transactional
public class JpaSkippedImports implements SkippedImports {

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  @Override
  public Optional<Skip> find(long odooId) {
    List<?> rows =
        entities
            .createNativeQuery(
                "select write_date, fingerprint, import_mode, reason, partner_odoo_id"
                    + " from sync.import_skip where odoo_id = ?1")
            .setParameter(1, odooId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new Skip(
                    odooId,
                    JpaPullState.instant(r[0]),
                    (String) r[1],
                    ImportMode.valueOf((String) r[2]),
                    Reason.valueOf((String) r[3]),
                    r[4] == null ? null : ((Number) r[4]).longValue()));
  }

  @Override
  public void remember(Skip skip) {
    entities
        .createNativeQuery(
            "insert into sync.import_skip (odoo_id, write_date, fingerprint, import_mode, reason,"
                + " partner_odoo_id) values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint)) on conflict (odoo_id) do update"
                + " set write_date = excluded.write_date, fingerprint = excluded.fingerprint,"
                + " import_mode = excluded.import_mode, reason = excluded.reason,"
                + " partner_odoo_id = excluded.partner_odoo_id, skipped_at = now()")
        .setParameter(1, skip.odooId())
        .setParameter(2, Timestamp.from(skip.writeDate()))
        .setParameter(3, skip.fingerprint())
        .setParameter(4, skip.mode().name())
        .setParameter(5, skip.reason().name())
        .setParameter(6, skip.partnerOdooId())
        .executeUpdate();
  }

  @Override
  public void forget(long odooId) {
    entities
        .createNativeQuery("delete from sync.import_skip where odoo_id = ?1")
        .setParameter(1, odooId)
        .executeUpdate();
  }

  @Override
  public int forgetOlderThan(Instant writeDate) {
    return entities
        .createNativeQuery("delete from sync.import_skip where write_date < ?1")
        .setParameter(1, Timestamp.from(writeDate))
        .executeUpdate();
  }

  @Override
  public long count() {
    return ((Number)
            entities.createNativeQuery("select count(*) from sync.import_skip").getSingleResult())
        .longValue();
  }
}
