package net.orderbridge.sync.binding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.orderbridge.sync.persistence.Sql;

/**
 * Bindings in {@code sync.order_binding} and {@code sync.order_line_binding}. Every method takes
 * many orders in a fixed number of statements (arrays, {@code unnest}), so that a batch of a
 * hundred orders costs a few round trips, not hundreds.
 */
@ApplicationScoped
@Transactional
public class JdbcOrderBindings implements OrderBindings {

  private final Sql sql;

  @Inject
  public JdbcOrderBindings(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JdbcOrderBindings() {
    this(null);
  }

  @Override
  public Map<UUID, OrderBinding> findAll(Collection<UUID> orderIds) {
    if (orderIds.isEmpty()) {
      return Map.of();
    }
    Object ids = orderIds.toArray(); // one parameter, not the varargs
    Map<UUID, Map<UUID, OrderBinding.LineBinding>> lines = new HashMap<>();
    sql.query(
        "select order_id, line_id, odoo_line_id, synced_hash from sync.order_line_binding"
            + " where order_id = any(?)",
        row ->
            lines
                .computeIfAbsent(row.getObject(1, UUID.class), o -> new HashMap<>())
                .put(
                    row.getObject(2, UUID.class),
                    new OrderBinding.LineBinding(row.getLong(3), row.getString(4))),
        ids);
    Map<UUID, OrderBinding> found = new HashMap<>();
    sql.query(
        "select order_id, external_key, odoo_id, odoo_name, write_date, synced_hash, odoo_state,"
            + " odoo_locked, synced_at from sync.order_binding where order_id = any(?)",
        row -> {
          UUID orderId = row.getObject("order_id", UUID.class);
          return found.put(
              orderId,
              new OrderBinding(
                  orderId,
                  row.getString("external_key"),
                  row.getObject("odoo_id", Long.class),
                  row.getString("odoo_name"),
                  Sql.instant(row, "write_date"),
                  row.getString("synced_hash"),
                  row.getString("odoo_state"),
                  row.getBoolean("odoo_locked"),
                  Sql.instant(row, "synced_at"),
                  lines.getOrDefault(orderId, Map.of())));
        },
        ids);
    return found;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<UUID> reserveAll(Map<UUID, String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    List<UUID> orders = List.copyOf(keys.keySet());
    return new HashSet<>(
        sql.query(
            "insert into sync.order_binding (order_id, external_key)"
                + " select * from unnest(?::uuid[], ?::text[]) on conflict do nothing"
                + " returning order_id",
            row -> row.getObject(1, UUID.class),
            orders.toArray(),
            orders.stream().map(keys::get).toArray(String[]::new)));
  }

  @Override
  public void storeAll(Collection<OrderBinding> all) {
    if (all.isEmpty()) {
      return;
    }
    List<OrderBinding> bindings = List.copyOf(all);
    sql.update(
        """
        insert into sync.order_binding (order_id, external_key, odoo_id, odoo_name, write_date,
            synced_hash, odoo_state, odoo_locked, synced_at)
        select * from unnest(?::uuid[], ?::text[], ?::bigint[], ?::text[], ?::timestamptz[],
            ?::text[], ?::text[], ?::boolean[], ?::timestamptz[])
        on conflict (order_id) do update set external_key = excluded.external_key,
            odoo_id = excluded.odoo_id, odoo_name = excluded.odoo_name,
            write_date = excluded.write_date, synced_hash = excluded.synced_hash,
            odoo_state = excluded.odoo_state, odoo_locked = excluded.odoo_locked,
            synced_at = excluded.synced_at""",
        bindings.stream().map(OrderBinding::orderId).toArray(),
        texts(bindings, OrderBinding::externalKey),
        bindings.stream().map(OrderBinding::odooId).toArray(Long[]::new),
        texts(bindings, OrderBinding::odooName),
        times(bindings, OrderBinding::writeDate),
        texts(bindings, OrderBinding::hash),
        texts(bindings, OrderBinding::odooState),
        bindings.stream().map(OrderBinding::odooLocked).toArray(Boolean[]::new),
        times(bindings, OrderBinding::syncedAt));
    sql.update(
        "delete from sync.order_line_binding where order_id = any(?)",
        (Object) bindings.stream().map(OrderBinding::orderId).toArray());
    List<UUID> lineIds = new ArrayList<>();
    List<UUID> orderIds = new ArrayList<>();
    List<Long> odooLineIds = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (OrderBinding b : bindings) {
      b.lines()
          .forEach(
              (line, bound) -> {
                lineIds.add(line);
                orderIds.add(b.orderId());
                odooLineIds.add(bound.odooLineId());
                hashes.add(bound.hash());
              });
    }
    if (lineIds.isEmpty()) {
      return;
    }
    sql.update(
        "insert into sync.order_line_binding (line_id, order_id, odoo_line_id, synced_hash)"
            + " select * from unnest(?::uuid[], ?::uuid[], ?::bigint[], ?::text[])",
        lineIds.toArray(),
        orderIds.toArray(),
        odooLineIds.toArray(Long[]::new),
        hashes.toArray(String[]::new));
  }

  @Override
  public void remove(UUID orderId) {
    sql.update("delete from sync.order_binding where order_id = ?", orderId);
  }

  private static String[] texts(List<OrderBinding> bindings, Function<OrderBinding, String> text) {
    return bindings.stream().map(text).toArray(String[]::new);
  }

  private static Timestamp[] times(
      List<OrderBinding> bindings, Function<OrderBinding, Instant> time) {
    return bindings.stream()
        .map(time)
        .map(t -> t == null ? null : Timestamp.from(t))
        .toArray(Timestamp[]::new);
  }
}
