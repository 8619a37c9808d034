package net.orderbridge.supplier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.product.Products;

/** {@link Products} in the table {@code supplier.product}. */
@ApplicationScoped
public class JpaProducts implements Products {

  /** Products with an active price of {@code :supplier}, directly or through their template. */
  private static final String OFFERED_BY =
      " where exists (select sp.id from SupplierPrice sp where sp.supplierId = :supplier"
          + " and sp.active = true and (sp.productOdooId = p.odooId"
          + " or (sp.productOdooId is null and sp.templateOdooId = p.templateOdooId)))";

  @PersistenceContext(unitName = "supplier")
  EntityManager em;

  @Override
  public Optional<Product> find(ProductId id) {
    return Optional.ofNullable(em.find(Product.class, id.value()));
  }

  @Override
  public Optional<Product> findByOdooId(long odooId) {
    return em.createQuery("select p from Product p where p.odooId = :odooId", Product.class)
        .setParameter("odooId", odooId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Product> ofTemplate(long templateOdooId) {
    return em.createQuery(
            "select p from Product p where p.templateOdooId = :t order by p.odooId", Product.class)
        .setParameter("t", templateOdooId)
        .getResultList();
  }

  @Override
  public List<Product> all() {
    return em.createQuery("select p from Product p", Product.class).getResultList();
  }

  @Override
  public void add(Product product) {
    em.persist(product);
  }

  @Override
  public Page<Product> search(String query, PageRequest page) {
    String where =
        " where lower(p.name) like :q escape '\\' or lower(p.defaultCode) like :q escape '\\'";
    String pattern = LikePattern.containing(query);
    long total =
        em.createQuery("select count(p) from Product p" + where, Long.class)
            .setParameter("q", pattern)
            .getSingleResult();
    List<Product> items =
        em.createQuery(
                "select p from Product p" + where + " order by p.active desc, p.name, p.id",
                Product.class)
            .setParameter("q", pattern)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, total, page);
  }

  @Override
  public Page<Product> offeredBy(SupplierId supplier, PageRequest page) {
    long total =
        em.createQuery("select count(p) from Product p" + OFFERED_BY, Long.class)
            .setParameter("supplier", supplier.value())
            .getSingleResult();
    List<Product> items =
        em.createQuery(
                "select p from Product p" + OFFERED_BY + " order by p.name, p.id", Product.class)
            .setParameter("supplier", supplier.value())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, total, page);
  }
}
