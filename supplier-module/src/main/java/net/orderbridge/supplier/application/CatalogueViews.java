package net.orderbridge.supplier.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.orderbridge.shared.domain.SupplierId;
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

  /**
   * The product with those of {@code prices} that apply to it, ordered by Odoo id. A line set on
   * the template ({@code product_id = False} in Odoo, how most users enter vendor prices) applies
   * to every variant of it, except where the same vendor has an active line of its own for that
   * variant: the variant's lines win over the template's for that vendor.
   */
  static ProductView of(Product product, Collection<SupplierPrice> prices, boolean stale) {
    List<SupplierPrice> applying =
        prices.stream()
            .filter(p -> p.appliesTo(product.odooId(), product.templateOdooId()))
            .toList();
    Set<SupplierId> withVariantLines =
        applying.stream()
            .filter(p -> p.namesVariant() && p.isActive())
            .map(SupplierPrice::supplier)
            .collect(Collectors.toSet());
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
        applying.stream()
            .filter(p -> p.namesVariant() || !withVariantLines.contains(p.supplier()))
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
