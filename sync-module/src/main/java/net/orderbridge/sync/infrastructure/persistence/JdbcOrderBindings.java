package net.orderbridge.sync.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.domain.binding.OrderBinding;
import net.orderbridge.sync.domain.binding.OrderBindings;

/** Bindings in {@code sync.order_binding} and {@code sync.order_line_binding}. */
@ApplicationScoped
@Transactional
public class JdbcOrderBindings implements OrderBindings {

  @Inject Sql sql;

  @Override
  public Optional<OrderBinding> find(UUID orderId) {
    Map<UUID, OrderBinding.LineBinding> lines = new HashMap<>();
    sql.query(
        "select line_id, odoo_line_id, synced_hash from sync.order_line_binding where order_id = ?",
        row ->
            lines.put(
                row.getObject(1, UUID.class),
                new OrderBinding.LineBinding(row.getLong(2), row.getString(3))),
        orderId);
    List<OrderBinding> found =
        sql.query(
            "select external_key, odoo_id, odoo_name, write_date, synced_hash, odoo_state,"
                + " odoo_locked, synced_at from sync.order_binding where order_id = ?",
            row ->
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
                    lines),
            orderId);
    return found.stream().findFirst();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean reserve(UUID orderId, String externalKey) {
    return sql.update(
            "insert into sync.order_binding (order_id, external_key) values (?, ?)"
                + " on conflict do nothing",
            orderId,
            externalKey)
        == 1;
  }

  @Override
  public void store(OrderBinding b) {
    sql.update(
        """
        insert into sync.order_binding (order_id, external_key, odoo_id, odoo_name, write_date,
            synced_hash, odoo_state, odoo_locked, synced_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (order_id) do update set external_key = excluded.external_key,
            odoo_id = excluded.odoo_id, odoo_name = excluded.odoo_name,
            write_date = excluded.write_date, synced_hash = excluded.synced_hash,
            odoo_state = excluded.odoo_state, odoo_locked = excluded.odoo_locked,
            synced_at = excluded.synced_at""",
        b.orderId(),
        b.externalKey(),
        b.odooId(),
        b.odooName(),
        b.writeDate(),
        b.hash(),
        b.odooState(),
        b.odooLocked(),
        b.syncedAt());
    sql.update("delete from sync.order_line_binding where order_id = ?", b.orderId());
    if (b.lines().isEmpty()) {
      return;
    }
    List<UUID> lineIds = List.copyOf(b.lines().keySet());
    sql.update(
        "insert into sync.order_line_binding (line_id, order_id, odoo_line_id, synced_hash)"
            + " select line_id, ?, odoo_line_id, synced_hash"
            + " from unnest(?::uuid[], ?::bigint[], ?::text[]) as l(line_id, odoo_line_id, synced_hash)",
        b.orderId(),
        lineIds.toArray(),
        lineIds.stream().map(id -> b.lines().get(id).odooLineId()).toArray(Long[]::new),
        lineIds.stream().map(id -> b.lines().get(id).hash()).toArray(String[]::new));
  }

  @Override
  public void remove(UUID orderId) {
    sql.update("delete from sync.order_binding where order_id = ?", orderId);
  }
}
