package net.orderbridge.sync.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.conflict.SyncedFields;
import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.persistence.Sql;

/**
 * {@link PullState} in {@code sync.pull_cursor}, {@code sync.order_snapshot}, and a look at the
 * push's {@code order_binding}, {@code outbox_message} and {@code webhook_hint}.
 */
@ApplicationScoped
@Transactional
public class JpaPullState implements PullState {
  private static final String CURSOR = OdooModels.PURCHASE_ORDER;
  private static final ObjectMapper JSON = new ObjectMapper();

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  private final Sql sql;

  @Inject
  public JpaPullState(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JpaPullState() {
    this(null);
  }

  @Override
  public Optional<Cursor> cursor() {
    List<?> rows =
        entities
            .createNativeQuery("select write_date, odoo_id from sync.pull_cursor where name = ?1")
            .setParameter(1, CURSOR)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> (Object[]) r)
        .map(r -> new Cursor(Sql.instant(r[0]), ((Number) r[1]).longValue()));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void advance(Cursor to) {
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

  @Override
  public Optional<SyncedFields> snapshot(UUID orderId) {
    return Optional.ofNullable(snapshots(List.of(orderId)).get(orderId));
  }

  @Override
  public Map<UUID, SyncedFields> snapshots(Collection<UUID> orderIds) {
    Map<UUID, SyncedFields> found = new HashMap<>();
    if (orderIds.isEmpty()) {
      return found;
    }
    sql.query(
        "select order_id, fields from sync.order_snapshot where order_id = any(?)",
        row ->
            found.put(
                row.getObject("order_id", UUID.class),
                new SyncedFields(parse(row.getString("fields")))),
        (Object) orderIds.toArray(UUID[]::new));
    return found;
  }

  @Override
  public void storeSnapshot(UUID orderId, SyncedFields fields, Instant odooWriteDate) {
    entities
        .createNativeQuery(
            "insert into sync.order_snapshot (order_id, fields, odoo_write_date, taken_at)"
                + " values (?1, ?2, cast(?3 as timestamptz), now()) on conflict (order_id) do update set"
                + " fields = excluded.fields, taken_at = now(), odoo_write_date ="
                + " coalesce(excluded.odoo_write_date, sync.order_snapshot.odoo_write_date)")
        .setParameter(1, orderId)
        .setParameter(2, text(fields.values()))
        .setParameter(3, odooWriteDate == null ? null : Timestamp.from(odooWriteDate))
        .executeUpdate();
  }

  @Override
  public void storeSnapshots(Map<UUID, SyncedFields> fields) {
    if (fields.isEmpty()) {
      return;
    }
    List<UUID> orders = List.copyOf(fields.keySet());
    sql.update(
        "insert into sync.order_snapshot (order_id, fields, taken_at)"
            + " select s.order_id, s.fields, now()"
            + " from unnest(?::uuid[], ?::text[]) as s(order_id, fields)"
            + " on conflict (order_id) do update set fields = excluded.fields, taken_at = now()",
        orders.toArray(),
        orders.stream().map(o -> text(fields.get(o).values())).toArray(String[]::new));
  }

  @Override
  public Map<Long, UUID> lockBoundOrders(Collection<Long> odooIds) {
    Map<Long, UUID> bound = new HashMap<>();
    if (odooIds.isEmpty()) {
      return bound;
    }
    sql.query(
        "select odoo_id, order_id from sync.order_binding where odoo_id = any(?)"
            + " order by odoo_id for update",
        row -> bound.put(row.getLong("odoo_id"), row.getObject("order_id", UUID.class)),
        (Object) odooIds.toArray(Long[]::new));
    return bound;
  }

  @Override
  public boolean isOurKey(String origin) {
    return !entities
        .createNativeQuery("select 1 from sync.order_binding where external_key = ?1")
        .setParameter(1, origin)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean pushPending(UUID orderId) {
    return !entities
        .createNativeQuery(
            "select 1 from sync.outbox_message where order_id = ?1 and status = 'PENDING'"
                + " limit 1")
        .setParameter(1, orderId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Long> pendingHints(int limit) {
    List<?> rows =
        entities
            .createNativeQuery(
                "select record_id from sync.webhook_hint where model = 'purchase.order'"
                    + " and processed_at is null and parked_at is null order by id limit ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  @Override
  public void hintProcessed(long odooId) {
    entities
        .createNativeQuery(
            "update sync.webhook_hint set processed_at = now() where model = 'purchase.order'"
                + " and record_id = ?1 and processed_at is null")
        .setParameter(1, odooId)
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean hintFailed(long odooId, String reason, int maxAttempts) {
    List<?> parked =
        entities
            .createNativeQuery(
                "update sync.webhook_hint set attempts = attempts + 1, last_error = ?2,"
                    + " parked_at = case when attempts + 1 >= ?3 then now() end"
                    + " where model = 'purchase.order' and record_id = ?1"
                    + " and processed_at is null and parked_at is null"
                    + " returning parked_at is not null")
            .setParameter(1, odooId)
            .setParameter(2, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
            .setParameter(3, maxAttempts)
            .getResultList();
    return !parked.isEmpty() && Boolean.TRUE.equals(parked.get(0));
  }

  private static Map<String, String> parse(String text) {
    try {
      return JSON.readValue(text, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable order snapshot", e);
    }
  }

  private static String text(Map<String, String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
