package net.orderbridge.sync.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import net.orderbridge.sync.persistence.Sql;

/**
 * The last hour from {@code sync.outbox_message}: a message counts as pushed in the minute it was
 * settled ({@code DONE}), and as backlog at the end of a minute when it had been created by then
 * and was neither settled nor dead-lettered before (both set {@code processed_at}). Only the
 * messages of the last hour and the ones still open are read.
 */
@ApplicationScoped
public class JdbcSyncHistory implements SyncHistory {
  private static final String LAST_HOUR =
      """
      with minute as (
        select generate_series(date_trunc('minute', now()) - interval '59 minutes',
                               date_trunc('minute', now()), interval '1 minute') as started_at),
      recent as (
        select created_at, processed_at, status from sync.outbox_message
         where processed_at is null or processed_at >= date_trunc('minute', now()) - interval '60 minutes')
      select m.started_at,
             (select count(*) from recent r where r.status = 'DONE'
                 and r.processed_at >= m.started_at
                 and r.processed_at < m.started_at + interval '1 minute') as pushed,
             (select count(*) from recent r where r.created_at < m.started_at + interval '1 minute'
                 and (r.processed_at is null
                      or r.processed_at >= m.started_at + interval '1 minute')) as backlog
        from minute m order by m.started_at
      """;

  private Sql sql;

  protected JdbcSyncHistory() {
    // for CDI
  }

  @Inject
  public JdbcSyncHistory(Sql sql) {
    this.sql = sql;
  }

  @Override
  public List<Minute> lastHour() {
    return sql.query(
        LAST_HOUR,
        row -> new Minute(row.getTimestamp(1).toInstant(), row.getLong(2), row.getLong(3)));
  }
}
