package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.domain.price.SupplierPrices;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.product.Products;
import net.orderbridge.supplier.domain.supplier.Suppliers;

/**
 * Finds products in the mirror: by name or internal reference, or those a supplier offers. Searches
 * never call Odoo; results carry their prices and {@code refreshedAt}.
 */
@ApplicationScoped
public class SearchProducts {
  private Products products;
  private SupplierPrices prices;
  private Suppliers suppliers;

  protected SearchProducts() {
    // for CDI
  }

  @Inject
  public SearchProducts(Products products, SupplierPrices prices, Suppliers suppliers) {
    this.products = products;
    this.prices = prices;
    this.suppliers = suppliers;
  }

  @Transactional
  public Page<ProductView> search(String query, PageRequest page) {
    return products.search(SearchText.of(query), page).map(this::view);
  }

  /** The products with an active price of the supplier; 404 when the supplier is unknown. */
  @Transactional
  public Page<ProductView> offeredBy(SupplierId supplier, PageRequest page) {
    if (suppliers.find(supplier).isEmpty()) {
      throw ApplicationProblem.notFound("no supplier " + supplier);
    }
    return products.offeredBy(supplier, page).map(this::view);
  }

  private ProductView view(Product product) {
    return CatalogueViews.of(
        product, prices.ofProduct(product.odooId(), product.templateOdooId()), false);
  }
}
