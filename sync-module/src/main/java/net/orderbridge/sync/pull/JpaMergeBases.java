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
import net.orderbridge.sync.conflict.MergeBases;
import net.orderbridge.sync.conflict.SyncedFields;
import net.orderbridge.sync.persistence.Sql;

/** {@link MergeBases} in {@code sync.order_snapshot}, the fields as a JSON object of strings. */
@ApplicationScoped
@Transactional
public class JpaMergeBases implements MergeBases {
  private static final ObjectMapper JSON = new ObjectMapper();

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  private final Sql sql;

  @Inject
  public JpaMergeBases(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JpaMergeBases() {
    this(null);
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
