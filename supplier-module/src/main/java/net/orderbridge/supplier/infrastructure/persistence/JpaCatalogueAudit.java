package net.orderbridge.supplier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import net.orderbridge.supplier.domain.mirror.CatalogueAudit;
import net.orderbridge.supplier.domain.mirror.CatalogueChange;

/** {@link CatalogueAudit} in {@code supplier.catalogue_audit}. */
@ApplicationScoped
public class JpaCatalogueAudit implements CatalogueAudit {
  @PersistenceContext(unitName = "supplier")
  EntityManager entities;

  @Override
  public void add(CatalogueChange change) {
    entities.persist(change);
  }

  @Override
  public List<CatalogueChange> latest(int limit) {
    return entities
        .createQuery("select c from CatalogueChange c order by c.id desc", CatalogueChange.class)
        .setHint("eclipselink.batch", "c.changes")
        .setHint("eclipselink.batch.type", "IN")
        .setMaxResults(limit)
        .getResultList();
  }
}
