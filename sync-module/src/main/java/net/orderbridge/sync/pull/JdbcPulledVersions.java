package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.persistence.Sql;

/** {@link PulledVersions} in {@code sync.pulled_version}. */
@ApplicationScoped
@Transactional
public class JdbcPulledVersions implements PulledVersions {

  private final Sql sql;

  @Inject
  public JdbcPulledVersions(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JdbcPulledVersions() {
    this(null);
  }

  @Override
  public Map<Long, Version> find(Collection<Long> odooIds) {
    Map<Long, Version> found = new HashMap<>();
    if (odooIds.isEmpty()) {
      return found;
    }
    sql.query(
        "select odoo_id, write_date, fingerprint, outcome, skip_reason, import_mode,"
            + " partner_odoo_id from sync.pulled_version where odoo_id = any(?)",
        row -> {
          String reason = row.getString("skip_reason");
          String mode = row.getString("import_mode");
          return found.put(
              row.getLong("odoo_id"),
              new Version(
                  row.getLong("odoo_id"),
                  Sql.instant(row, "write_date"),
                  row.getString("fingerprint"),
                  PullOneOrder.Outcome.valueOf(row.getString("outcome")),
                  reason == null ? null : SkipReason.valueOf(reason),
                  mode == null ? null : ImportMode.valueOf(mode),
                  row.getObject("partner_odoo_id", Long.class)));
        },
        (Object) odooIds.toArray(Long[]::new));
    return found;
  }

  @Override
  public void remember(Version v) {
    rememberAll(List.of(v));
  }

  @Override
  public void rememberAll(List<Version> versions) {
    if (versions.isEmpty()) {
      return;
    }
    sql.update(
        """
        insert into sync.pulled_version (odoo_id, write_date, fingerprint, outcome, skip_reason,
            import_mode, partner_odoo_id)
        select * from unnest(?::bigint[], ?::timestamptz[], ?::text[], ?::text[], ?::text[],
            ?::text[], ?::bigint[])
        on conflict (odoo_id) do update set write_date = excluded.write_date,
            fingerprint = excluded.fingerprint, outcome = excluded.outcome,
            skip_reason = excluded.skip_reason, import_mode = excluded.import_mode,
            partner_odoo_id = excluded.partner_odoo_id, judged_at = now()""",
        versions.stream().map(Version::odooId).toArray(Long[]::new),
        versions.stream()
            .map(v -> v.writeDate() == null ? null : Timestamp.from(v.writeDate()))
            .toArray(Timestamp[]::new),
        versions.stream().map(Version::fingerprint).toArray(String[]::new),
        versions.stream().map(v -> v.outcome().name()).toArray(String[]::new),
        versions.stream()
            .map(v -> v.skipReason() == null ? null : v.skipReason().name())
            .toArray(String[]::new),
        versions.stream()
            .map(v -> v.mode() == null ? null : v.mode().name())
            .toArray(String[]::new),
        versions.stream().map(Version::partnerOdooId).toArray(Long[]::new));
  }

  @Override
  public void forget(long odooId) {
    sql.update("delete from sync.pulled_version where odoo_id = ?", odooId);
  }

  @Override
  public int forgetOlderThan(Instant writeDate) {
    return sql.update("delete from sync.pulled_version where write_date < ?", writeDate);
  }

  @Override
  public long countLeftOut() {
    return sql.query(
            "select count(*) from sync.pulled_version where skip_reason is not null",
            row -> row.getLong(1))
        .get(0);
  }
}
