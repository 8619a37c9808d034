package net.orderbridge.supplier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.domain.supplier.Supplier;
import net.orderbridge.supplier.domain.supplier.Suppliers;

/** {@link Suppliers} in the table {@code supplier.supplier}. */
@ApplicationScoped
public class JpaSuppliers implements Suppliers {

  @PersistenceContext(unitName = "supplier")
  EntityManager em;

  @Override
  public Optional<Supplier> find(SupplierId id) {
    return Optional.ofNullable(em.find(Supplier.class, id.value()));
  }

  @Override
  public Optional<Supplier> findByOdooId(long odooId) {
    return em.createQuery("select s from Supplier s where s.odooId = :odooId", Supplier.class)
        .setParameter("odooId", odooId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Supplier> all() {
    return em.createQuery("select s from Supplier s", Supplier.class).getResultList();
  }

  @Override
  public void add(Supplier supplier) {
    em.persist(supplier);
  }

  @Override
  public Page<Supplier> search(String query, PageRequest page) {
    String where =
        " where lower(s.name) like :q escape '\\' or lower(s.email) like :q escape '\\'"
            + " or lower(s.reference) like :q escape '\\'";
    String pattern = LikePattern.containing(query);
    long total =
        em.createQuery("select count(s) from Supplier s" + where, Long.class)
            .setParameter("q", pattern)
            .getSingleResult();
    List<Supplier> items =
        em.createQuery(
                "select s from Supplier s" + where + " order by s.active desc, s.name, s.id",
                Supplier.class)
            .setParameter("q", pattern)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, total, page);
  }
}
