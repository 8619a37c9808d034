package net.orderbridge.sync.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * {@link WebhookHints} in {@code sync.webhook_hint} and {@code sync.realtime_switch}. A hint waits
 * while {@code processed_at} and {@code parked_at} are null; the partial unique index on ({@code
 * model}, {@code record_id}) keeps one unprocessed hint per record, waiting or parked.
 */
@ApplicationScoped
public class JpaWebhookHints implements WebhookHints {
  private static final String UNPROCESSED = "processed_at is null";
  private static final String WAITING = UNPROCESSED + " and parked_at is null";

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  @Override
  public Enqueued enqueue(WebhookHint hint, int maxPending) {
    List<?> unprocessed =
        entities
            .createNativeQuery(
                "select parked_at is not null from sync.webhook_hint"
                    + " where model = ?1 and record_id = ?2 and "
                    + UNPROCESSED)
            .setParameter(1, hint.model())
            .setParameter(2, hint.recordId())
            .getResultList();
    if (!unprocessed.isEmpty() && Boolean.FALSE.equals(unprocessed.get(0))) {
      return Enqueued.ALREADY_QUEUED;
    }
    if (countWaiting() >= maxPending) {
      return Enqueued.FULL;
    }
    int changed =
        entities
            .createNativeQuery(
                "insert into sync.webhook_hint (model, record_id) values (?1, ?2)"
                    + " on conflict (model, record_id) where processed_at is null do update"
                    + " set attempts = 0, last_error = null, parked_at = null, received_at = now()"
                    + " where sync.webhook_hint.parked_at is not null")
            .setParameter(1, hint.model())
            .setParameter(2, hint.recordId())
            .executeUpdate();
    return changed == 1 ? Enqueued.QUEUED : Enqueued.ALREADY_QUEUED;
  }

  private long countWaiting() {
    return ((Number)
            entities
                .createNativeQuery("select count(*) from sync.webhook_hint where " + WAITING)
                .getSingleResult())
        .longValue();
  }

  @Override
  @Transactional
  public List<ParkedHint> parked(int limit) {
    List<?> rows =
        entities
            .createNativeQuery(
                "select model, record_id, attempts, last_error, received_at, parked_at"
                    + " from sync.webhook_hint where parked_at is not null and "
                    + UNPROCESSED
                    + " order by parked_at desc, id desc limit ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new ParkedHint(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(),
                    (String) r[3],
                    instant(r[4]),
                    instant(r[5])))
        .toList();
  }

  @Override
  @Transactional
  public long countParked() {
    return ((Number)
            entities
                .createNativeQuery(
                    "select count(*) from sync.webhook_hint where parked_at is not null and "
                        + UNPROCESSED)
                .getSingleResult())
        .longValue();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deleteSettledBefore(Instant cutoff, int chunk) {
    return entities
        .createNativeQuery(
            "delete from sync.webhook_hint where id in (select id from sync.webhook_hint"
                + " where processed_at < ?1 or parked_at < ?1 limit ?2)")
        .setParameter(1, Timestamp.from(cutoff))
        .setParameter(2, chunk)
        .executeUpdate();
  }

  @Override
  public boolean realtimeEnabled() {
    Object enabled =
        entities
            .createNativeQuery("select enabled from sync.realtime_switch where id = 1")
            .getSingleResult();
    return Boolean.TRUE.equals(enabled);
  }

  @Override
  public RealtimeStanding realtimeStanding() {
    Object[] row =
        (Object[])
            entities
                .createNativeQuery(
                    "select enabled, changed_by, changed_at from sync.realtime_switch where id = 1")
                .getSingleResult();
    return new RealtimeStanding(
        Boolean.TRUE.equals(row[0]), (String) row[1], row[2] == null ? null : instant(row[2]));
  }

  @Override
  public void switchRealtime(boolean enabled, String by) {
    entities
        .createNativeQuery(
            "update sync.realtime_switch set enabled = ?1, changed_by = ?2, changed_at = now()"
                + " where id = 1")
        .setParameter(1, enabled)
        .setParameter(2, by)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return value instanceof Instant i ? i : null;
  }
}
