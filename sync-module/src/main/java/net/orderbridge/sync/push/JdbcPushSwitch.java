package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.orderbridge.sync.persistence.Sql;

/** The {@link PushSwitch} in {@code sync.push_switch}, one row shared by every instance. */
@ApplicationScoped
@Transactional
public class JdbcPushSwitch implements PushSwitch {
  private final Sql sql;

  @Inject
  public JdbcPushSwitch(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JdbcPushSwitch() {
    this(null);
  }

  @Override
  public Standing standing() {
    return sql.query(
            "select enabled, changed_by, changed_at from sync.push_switch where id = 1",
            row ->
                new Standing(
                    row.getBoolean("enabled"),
                    row.getString("changed_by"),
                    Sql.instant(row, "changed_at")))
        .get(0);
  }

  @Override
  public void turn(boolean enabled, String by) {
    sql.update(
        "update sync.push_switch set enabled = ?, changed_by = ?, changed_at = now() where id = 1",
        enabled,
        by);
  }
}
