package net.orderbridge.sync.binding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import net.orderbridge.sync.odoo.identity.OdooDatabase;
import net.orderbridge.sync.persistence.Sql;

/**
 * {@link OdooDatabases} in {@code sync.odoo_database} (one row), with the operators' decisions in
 * {@code sync.odoo_database_decision}.
 */
@ApplicationScoped
@Transactional
public class JdbcOdooDatabases implements OdooDatabases {
  private final Sql sql;

  @Inject
  public JdbcOdooDatabases(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JdbcOdooDatabases() {
    this(null);
  }

  @Override
  public Optional<Recorded> recorded() {
    return sql
        .query(
            "select url, db_name, database_uuid, created_stamp, mismatch, found_url,"
                + " found_db_name, found_uuid, found_created, mismatch_since"
                + " from sync.odoo_database where id = 1",
            row ->
                new Recorded(
                    database(row, "url", "db_name", "database_uuid", "created_stamp"),
                    row.getString("mismatch"),
                    row.getString("found_url") == null
                        ? null
                        : database(
                            row, "found_url", "found_db_name", "found_uuid", "found_created"),
                    Sql.instant(row, "mismatch_since")))
        .stream()
        .findFirst();
  }

  private static OdooDatabase database(
      ResultSet row, String url, String name, String uuid, String created) throws SQLException {
    return new OdooDatabase(
        row.getString(url), row.getString(name), row.getString(uuid), row.getString(created));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(OdooDatabase database) {
    sql.update(
        """
        insert into sync.odoo_database (id, url, db_name, database_uuid, created_stamp)
        values (1, ?, ?, ?, ?)
        on conflict (id) do update set url = excluded.url, db_name = excluded.db_name,
            database_uuid = excluded.database_uuid, created_stamp = excluded.created_stamp,
            recorded_at = now(), mismatch = null, found_url = null, found_db_name = null,
            found_uuid = null, found_created = null, mismatch_since = null""",
        database.url(),
        database.name(),
        database.uuid(),
        database.created());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void mismatch(OdooDatabase found, String why) {
    sql.update(
        "update sync.odoo_database set mismatch = ?, found_url = ?, found_db_name = ?,"
            + " found_uuid = ?, found_created = ?, mismatch_since = coalesce(mismatch_since, now())"
            + " where id = 1",
        why,
        found.url(),
        found.name(),
        found.uuid(),
        found.created());
  }

  @Override
  public int rebindByKey(OdooDatabase now, String by) {
    int queued = queueEveryBoundOrder("REBIND");
    sql.update("delete from sync.order_line_binding");
    sql.update(
        "update sync.order_binding set odoo_id = null, odoo_name = null, write_date = null,"
            + " synced_hash = null, odoo_state = null, odoo_locked = false, synced_at = null");
    startAfresh(now, "REBIND", by, queued);
    return queued;
  }

  @Override
  public int forgetBindings(OdooDatabase now, String by) {
    int queued = queueEveryBoundOrder("FORGET");
    sql.update("delete from sync.order_binding");
    startAfresh(now, "FORGET", by, queued);
    return queued;
  }

  /**
   * A push for every bound order that has none pending; held pushes are due at once. Returns how
   * many orders are bound.
   */
  private int queueEveryBoundOrder(String kind) {
    int bound = sql.query("select count(*) from sync.order_binding", row -> row.getInt(1)).get(0);
    sql.update(
        "update sync.outbox_message set due_at = now() where status = 'PENDING'"
            + " and error_type = 'ODOO_DATABASE'");
    sql.update(
        "insert into sync.outbox_message (order_id, kind) select b.order_id, ?"
            + " from sync.order_binding b where not exists (select 1 from sync.outbox_message m"
            + " where m.order_id = b.order_id and m.status = 'PENDING')",
        kind);
    return bound;
  }

  /** The pull reads the new database from its beginning; the decision is recorded and audited. */
  private void startAfresh(OdooDatabase now, String decision, String by, int queued) {
    sql.update("delete from sync.pull_cursor");
    sql.update("delete from sync.pulled_version");
    record(now);
    sql.update(
        "insert into sync.odoo_database_decision (decision, decided_by, details) values (?, ?, ?)",
        decision,
        by,
        queued + " orders queued for the Odoo " + now.describe());
  }
}
