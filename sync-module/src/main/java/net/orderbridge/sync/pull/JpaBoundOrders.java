package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link BoundOrders} in {@code sync.order_binding}. */
@ApplicationScoped
public class JpaBoundOrders implements BoundOrders {

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

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
