package net.orderbridge.supplier.application;

import java.util.Collection;
import java.util.Comparator;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceView;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.domain.price.SupplierPrice;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.supplier.Supplier;

/** Turns mirrored aggregates into the views of the module's api. */
final class CatalogueViews {

  private CatalogueViews() {}

  static SupplierView of(Supplier supplier, boolean stale) {
    return new SupplierView(
        supplier.id(),
        supplier.odooId(),
        supplier.name(),
        supplier.email().orElse(null),
        supplier.reference().orElse(null),
        supplier.isCompany(),
        supplier.isActive(),
        supplier.refreshedAt(),
        stale);
  }

  /** The product with those of {@code prices} that apply to it, ordered by Odoo id. */
  static ProductView of(Product product, Collection<SupplierPrice> prices, boolean stale) {
    return new ProductView(
        product.id(),
        product.odooId(),
        product.name(),
        product.defaultCode().orElse(null),
        product.uom(),
        product.standardPrice(),
        product.listPrice(),
        product.isPurchasable(),
        product.isActive(),
        prices.stream()
            .filter(p -> p.appliesTo(product.id(), product.templateOdooId()))
            .sorted(Comparator.comparingLong(SupplierPrice::odooId))
            .map(CatalogueViews::of)
            .toList(),
        product.refreshedAt(),
        stale);
  }

  static SupplierPriceView of(SupplierPrice price) {
    return new SupplierPriceView(
        price.odooId(),
        price.supplier(),
        price.minQuantity(),
        price.price(),
        price.delayDays(),
        price.uom().orElse(null),
        price.isActive());
  }
}
