package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.domain.supplier.Suppliers;

/**
 * Finds suppliers in the mirror by name, email or reference. Searches never call Odoo; results
 * carry their {@code refreshedAt}.
 */
@ApplicationScoped
public class SearchSuppliers {
  private Suppliers suppliers;

  protected SearchSuppliers() {
    // for CDI
  }

  @Inject
  public SearchSuppliers(Suppliers suppliers) {
    this.suppliers = suppliers;
  }

  @Transactional
  public Page<SupplierView> search(String query, PageRequest page) {
    return suppliers.search(SearchText.of(query), page).map(s -> CatalogueViews.of(s, false));
  }
}
