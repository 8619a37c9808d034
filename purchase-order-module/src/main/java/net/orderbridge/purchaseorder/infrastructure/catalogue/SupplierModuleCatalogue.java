package net.orderbridge.purchaseorder.infrastructure.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import net.orderbridge.purchaseorder.application.ProductInfo;
import net.orderbridge.purchaseorder.application.SupplierCatalogue;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.supplier.api.SupplierView;

/**
 * The order context's view of the catalogue, answered by the supplier context's {@link Catalogue}.
 * Only active suppliers and purchasable, active products can be ordered.
 */
@ApplicationScoped
public class SupplierModuleCatalogue implements SupplierCatalogue {
  private Catalogue catalogue;

  protected SupplierModuleCatalogue() {}

  @Inject
  public SupplierModuleCatalogue(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public boolean supplierExists(SupplierId supplier) {
    return catalogue.supplier(supplier).filter(SupplierView::active).isPresent();
  }

  @Override
  public Optional<ProductInfo> product(ProductId product) {
    return catalogue
        .product(product)
        .filter(view -> view.active() && view.purchasable())
        .map(view -> new ProductInfo(view.id(), view.name()));
  }

  @Override
  public Optional<Money> price(SupplierId supplier, ProductId product, Quantity quantity) {
    return catalogue.price(supplier, product, quantity);
  }
}
