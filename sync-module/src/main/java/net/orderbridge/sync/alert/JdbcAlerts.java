package net.orderbridge.sync.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.sync.persistence.Sql;

/**
 * {@link Alerts} in {@code sync.alert} and {@code sync.alert_delivery}. The partial unique index
 * {@code alert_open_name} keeps one open alert per name when instances evaluate at once; due
 * deliveries are leased for {@link #LEASE} by the instance that sends them.
 */
@ApplicationScoped
@Transactional
public class JdbcAlerts implements Alerts {
  static final Duration LEASE = Duration.ofMinutes(2);
  private static final String COLUMNS =
      "a.id, a.name, a.level, a.state, a.summary, a.evidence::text as evidence, a.first_seen,"
          + " a.last_seen, a.resolved_at";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Sql sql;

  @Inject
  public JdbcAlerts(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JdbcAlerts() {
    this(null);
  }

  @Override
  public Optional<Alert> open(String name) {
    return one(
        "select "
            + COLUMNS
            + " from sync.alert a where a.name = ? and a.state in ('PENDING', 'FIRING')",
        name);
  }

  @Override
  public Optional<Alert> begin(Observation seen, AlertState state, Instant now) {
    return one(
        "insert into sync.alert as a (name, level, state, summary, evidence, first_seen, last_seen)"
            + " values (?, ?, ?, ?, ?::jsonb, ?, ?)"
            + " on conflict (name) where state in ('PENDING', 'FIRING') do nothing returning "
            + COLUMNS,
        seen.name(),
        seen.level().name(),
        state.name(),
        cut(seen.summary()),
        json(seen.evidence()),
        Timestamp.from(now),
        Timestamp.from(now));
  }

  @Override
  public void seen(long id, String summary, Map<String, Object> evidence, Instant now) {
    sql.update(
        "update sync.alert set summary = ?, evidence = ?::jsonb, last_seen = ? where id = ?",
        cut(summary),
        json(evidence),
        Timestamp.from(now),
        id);
  }

  @Override
  public Optional<Alert> fire(long id, String summary, Map<String, Object> evidence, Instant now) {
    return one(
        "update sync.alert as a set state = 'FIRING', summary = ?, evidence = ?::jsonb,"
            + " last_seen = ? where a.id = ? and a.state = 'PENDING' returning "
            + COLUMNS,
        cut(summary),
        json(evidence),
        Timestamp.from(now),
        id);
  }

  @Override
  public Optional<Alert> resolve(long id, Instant now) {
    return one(
        "update sync.alert as a set state = 'RESOLVED', resolved_at = ?"
            + " where a.id = ? and a.state = 'FIRING' returning "
            + COLUMNS,
        Timestamp.from(now),
        id);
  }

  @Override
  public void discard(long id) {
    sql.update("delete from sync.alert where id = ? and state = 'PENDING'", id);
  }

  @Override
  public Optional<Alert> occurred(Observation event, String occurrence, Instant at) {
    return one(
        "insert into sync.alert as a (name, level, state, occurrence, summary, evidence,"
            + " first_seen, last_seen) values (?, ?, 'OCCURRED', ?, ?, ?::jsonb, ?, ?)"
            + " on conflict (name, occurrence) where occurrence is not null do nothing returning "
            + COLUMNS,
        event.name(),
        event.level().name(),
        occurrence,
        cut(event.summary()),
        json(event.evidence()),
        Timestamp.from(at),
        Timestamp.from(at));
  }

  @Override
  public List<Alert> current(Instant since, int limit) {
    return sql.query(
        "select "
            + COLUMNS
            + " from sync.alert a where a.state = 'FIRING' or (a.state <> 'PENDING' and"
            + " coalesce(a.resolved_at, a.last_seen) >= ?)"
            + " order by (a.state = 'FIRING') desc, a.last_seen desc, a.id desc limit ?",
        JdbcAlerts::alert,
        Timestamp.from(since),
        limit);
  }

  @Override
  public void queue(long alertId, AlertState event, Collection<String> notifiers) {
    for (String notifier : notifiers) {
      sql.update(
          "insert into sync.alert_delivery (alert_id, event, notifier, next_attempt_at)"
              + " values (?, ?, ?, now()) on conflict on constraint alert_delivery_once do nothing",
          alertId,
          event.name(),
          notifier);
    }
  }

  @Override
  public List<Delivery> due(Instant now, int limit) {
    return sql.query(
        "with claimed as (update sync.alert_delivery d set next_attempt_at = ?"
            + " where d.id in (select id from sync.alert_delivery where delivered_at is null"
            + " and next_attempt_at <= ? order by id limit ? for update skip locked)"
            + " returning d.id as delivery_id, d.alert_id, d.event, d.notifier, d.attempts)"
            + " select c.delivery_id, c.event, c.notifier, c.attempts, "
            + COLUMNS
            + " from claimed c join sync.alert a on a.id = c.alert_id order by c.delivery_id",
        row ->
            new Delivery(
                row.getLong("delivery_id"),
                alert(row),
                AlertState.valueOf(row.getString("event")),
                row.getString("notifier"),
                row.getInt("attempts")),
        Timestamp.from(now.plus(LEASE)),
        Timestamp.from(now),
        limit);
  }

  @Override
  public void delivered(long deliveryId, Instant at) {
    sql.update(
        "update sync.alert_delivery set delivered_at = ?, next_attempt_at = null where id = ?",
        Timestamp.from(at),
        deliveryId);
  }

  @Override
  public void failed(long deliveryId, String error, Instant next) {
    sql.update(
        "update sync.alert_delivery set attempts = attempts + 1, last_error = ?,"
            + " next_attempt_at = ? where id = ?",
        cut(error),
        next == null ? null : Timestamp.from(next),
        deliveryId);
  }

  private Optional<Alert> one(String query, Object... parameters) {
    return sql.query(query, JdbcAlerts::alert, parameters).stream().findFirst();
  }

  private static Alert alert(ResultSet row) throws SQLException {
    return new Alert(
        row.getLong("id"),
        row.getString("name"),
        AlertLevel.valueOf(row.getString("level")),
        AlertState.valueOf(row.getString("state")),
        row.getString("summary"),
        evidence(row.getString("evidence")),
        Sql.instant(row, "first_seen"),
        Sql.instant(row, "last_seen"),
        Sql.instant(row, "resolved_at"));
  }

  private static Map<String, Object> evidence(String json) {
    try {
      return json == null ? Map.of() : JSON.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException unreadable) {
      return Map.of("unreadable", unreadable.getOriginalMessage());
    }
  }

  static String json(Map<String, Object> evidence) {
    try {
      return JSON.writeValueAsString(evidence);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("evidence cannot be written as JSON", e);
    }
  }

  private static String cut(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
  }
}
