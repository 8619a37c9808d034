package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.persistence.Sql;

/**
 * {@link PullFailures} in {@code sync.pull_failure}. A park commits on its own: the apply that
 * failed has rolled back.
 */
@ApplicationScoped
@Transactional
public class JdbcPullFailures implements PullFailures {
  private static final String COLUMNS =
      "odoo_id, write_date, attempts, reason, first_failed_at, last_failed_at, next_attempt_at";

  private final Sql sql;

  @Inject
  public JdbcPullFailures(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JdbcPullFailures() {
    this(null);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void park(long odooId, Instant writeDate, String reason, int attempts, Instant next) {
    sql.update(
        "insert into sync.pull_failure (odoo_id, write_date, attempts, reason, next_attempt_at)"
            + " values (?, ?, ?, ?, ?) on conflict (odoo_id) do update set"
            + " write_date = excluded.write_date, attempts = excluded.attempts,"
            + " reason = excluded.reason, last_failed_at = now(),"
            + " next_attempt_at = excluded.next_attempt_at",
        odooId,
        Timestamp.from(writeDate),
        attempts,
        reason.length() > 2000 ? reason.substring(0, 2000) : reason,
        Timestamp.from(next));
  }

  @Override
  public Map<Long, ParkedPull> find(Collection<Long> odooIds) {
    Map<Long, ParkedPull> found = new HashMap<>();
    if (odooIds.isEmpty()) {
      return found;
    }
    sql.query(
            "select " + COLUMNS + " from sync.pull_failure where odoo_id = any(?)",
            JdbcPullFailures::parked,
            (Object) odooIds.toArray(Long[]::new))
        .forEach(p -> found.put(p.odooId(), p));
    return found;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void resolve(Collection<Long> odooIds) {
    sql.update(
        "delete from sync.pull_failure where odoo_id = any(?)",
        (Object) odooIds.toArray(Long[]::new));
  }

  @Override
  public List<ParkedPull> due(Instant now, int limit) {
    return sql.query(
        "select "
            + COLUMNS
            + " from sync.pull_failure where next_attempt_at <= ?"
            + " order by next_attempt_at limit ?",
        JdbcPullFailures::parked,
        Timestamp.from(now),
        limit);
  }

  @Override
  public List<ParkedPull> list(int limit) {
    return sql.query(
        "select " + COLUMNS + " from sync.pull_failure order by last_failed_at desc limit ?",
        JdbcPullFailures::parked,
        limit);
  }

  @Override
  public long count() {
    return sql.query("select count(*) from sync.pull_failure", r -> r.getLong(1)).get(0);
  }

  private static ParkedPull parked(ResultSet row) throws SQLException {
    return new ParkedPull(
        row.getLong("odoo_id"),
        row.getTimestamp("write_date").toInstant(),
        row.getInt("attempts"),
        row.getString("reason"),
        row.getTimestamp("first_failed_at").toInstant(),
        row.getTimestamp("last_failed_at").toInstant(),
        row.getTimestamp("next_attempt_at").toInstant());
  }
}
