package net.orderbridge.supplier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.domain.price.SupplierPrice;
import net.orderbridge.supplier.domain.price.SupplierPrices;

/** {@link SupplierPrices} in the table {@code supplier.supplier_price}. */
@ApplicationScoped
public class JpaSupplierPrices implements SupplierPrices {

  @PersistenceContext(unitName = "supplier")
  EntityManager em;

  @Override
  public Optional<SupplierPrice> findByOdooId(long odooId) {
    return em.createQuery(
            "select p from SupplierPrice p where p.odooId = :odooId", SupplierPrice.class)
        .setParameter("odooId", odooId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SupplierPrice> ofProduct(long productOdooId, long templateOdooId) {
    return em.createQuery(
            "select p from SupplierPrice p where p.productOdooId = :product"
                + " or (p.productOdooId is null and p.templateOdooId = :template)"
                + " order by p.odooId",
            SupplierPrice.class)
        .setParameter("product", productOdooId)
        .setParameter("template", templateOdooId)
        .getResultList();
  }

  @Override
  public List<SupplierPrice> ofSupplier(SupplierId supplier) {
    return em.createQuery(
            "select p from SupplierPrice p where p.supplierId = :supplier order by p.odooId",
            SupplierPrice.class)
        .setParameter("supplier", supplier.value())
        .getResultList();
  }

  @Override
  public List<SupplierPrice> all() {
    return em.createQuery("select p from SupplierPrice p", SupplierPrice.class).getResultList();
  }

  @Override
  public void add(SupplierPrice price) {
    em.persist(price);
  }
}
