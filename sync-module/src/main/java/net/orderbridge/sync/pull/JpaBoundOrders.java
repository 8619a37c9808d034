package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.sync.persistence.Sql;

/** {@link BoundOrders} in {@code sync.order_binding}. */
@ApplicationScoped
public class JpaBoundOrders implements BoundOrders {

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  private final Sql sql;

  @Inject
  public JpaBoundOrders(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected JpaBoundOrders() {
    this(null);
  }

  @Override
  @Transactional
  public Map<Long, UUID> lock(Collection<Long> odooIds) {
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
  @Transactional
  public boolean isOurKey(String origin) {
    return !entities
        .createNativeQuery("select 1 from sync.order_binding where external_key = ?1")
        .setParameter(1, origin)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Map<Long, UUID> live() {
    List<?> rows =
        entities
            .createNativeQuery(
                "select odoo_id, order_id from sync.order_binding"
                    + " where odoo_id is not null and deleted_in_odoo_at is null")
            .getResultList();
    Map<Long, UUID> live = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      live.put(((Number) columns[0]).longValue(), UUID.fromString(columns[1].toString()));
    }
    return live;
  }

  @Override
  public boolean markDeletedInOdoo(UUID orderId) {
    return entities
            .createNativeQuery(
                "update sync.order_binding set deleted_in_odoo_at = now()"
                    + " where order_id = ?1 and deleted_in_odoo_at is null")
            .setParameter(1, orderId)
            .executeUpdate()
        == 1;
  }
}
