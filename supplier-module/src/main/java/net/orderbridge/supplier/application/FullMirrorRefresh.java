package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.domain.price.SupplierPrice;
import net.orderbridge.supplier.domain.price.SupplierPriceId;
import net.orderbridge.supplier.domain.price.SupplierPrices;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.product.Products;
import net.orderbridge.supplier.domain.supplier.Supplier;
import net.orderbridge.supplier.domain.supplier.Suppliers;

/**
 * Replaces the whole mirror with a full answer from Odoo in one transaction: records in the answer
 * are added or refreshed, mirrored records missing from it are marked inactive (never deleted).
 * Works on maps loaded once, not on a query per record.
 */
@ApplicationScoped
public class FullMirrorRefresh {
  private Suppliers suppliers;
  private Products products;
  private SupplierPrices prices;
  private MirrorPolicy policy;

  protected FullMirrorRefresh() {
    // for CDI
  }

  @Inject
  public FullMirrorRefresh(
      Suppliers suppliers, Products products, SupplierPrices prices, MirrorPolicy policy) {
    this.suppliers = suppliers;
    this.products = products;
    this.prices = prices;
    this.policy = policy;
  }

  /** The mirror after the refresh, as views, and what changed. */
  public record Outcome(
      List<SupplierView> suppliers, List<ProductView> products, RefreshReport report) {}

  @Transactional
  public Outcome replaceAll(
      List<SupplierRecord> supplierRecords,
      List<ProductRecord> productRecords,
      List<SupplierPriceRecord> priceRecords) {
    Instant now = policy.now();
    int[] deactivated = {0};
    Map<Long, Supplier> heldSuppliers = byOdooId(suppliers.all(), Supplier::odooId);
    for (SupplierRecord record : supplierRecords) {
      Supplier held = heldSuppliers.get(record.odooId());
      if (held == null) {
        held =
            Supplier.mirror(
                SupplierId.random(), record.odooId(), MirrorRecords.details(record), now);
        suppliers.add(held);
        heldSuppliers.put(record.odooId(), held);
      } else {
        held.refresh(MirrorRecords.details(record), now);
      }
    }
    Set<Long> seen = ids(supplierRecords, SupplierRecord::odooId);
    heldSuppliers.values().stream()
        .filter(s -> !seen.contains(s.odooId()))
        .forEach(s -> deactivated[0] += deactivate(s.isActive(), () -> s.markMissingFromOdoo(now)));

    Map<Long, Product> heldProducts = byOdooId(products.all(), Product::odooId);
    for (ProductRecord record : productRecords) {
      Product held = heldProducts.get(record.odooId());
      if (held == null) {
        held =
            Product.mirror(ProductId.random(), record.odooId(), MirrorRecords.details(record), now);
        products.add(held);
        heldProducts.put(record.odooId(), held);
      } else {
        held.refresh(MirrorRecords.details(record), now);
      }
    }
    Set<Long> seenProducts = ids(productRecords, ProductRecord::odooId);
    heldProducts.values().stream()
        .filter(p -> !seenProducts.contains(p.odooId()))
        .forEach(p -> deactivated[0] += deactivate(p.isActive(), () -> p.markMissingFromOdoo(now)));

    Map<Long, SupplierPrice> heldPrices = byOdooId(prices.all(), SupplierPrice::odooId);
    int skipped = 0;
    for (SupplierPriceRecord record : priceRecords) {
      Supplier supplier = heldSuppliers.get(record.supplierOdooId());
      Product product =
          record.productOdooId() == null ? null : heldProducts.get(record.productOdooId());
      if (supplier == null || (record.productOdooId() != null && product == null)) {
        skipped++;
        continue;
      }
      var terms = MirrorRecords.terms(record, supplier.id(), product == null ? null : product.id());
      SupplierPrice held = heldPrices.get(record.odooId());
      if (held == null) {
        held = SupplierPrice.mirror(SupplierPriceId.random(), record.odooId(), terms, now);
        prices.add(held);
        heldPrices.put(record.odooId(), held);
      } else {
        held.refresh(terms, now);
      }
    }
    Set<Long> seenPrices = ids(priceRecords, SupplierPriceRecord::odooId);
    heldPrices.values().stream()
        .filter(p -> !seenPrices.contains(p.odooId()))
        .forEach(p -> deactivated[0] += deactivate(p.isActive(), () -> p.markMissingFromOdoo(now)));

    List<SupplierView> supplierViews =
        heldSuppliers.values().stream().map(s -> CatalogueViews.of(s, false)).toList();
    List<ProductView> productViews =
        heldProducts.values().stream()
            .map(p -> CatalogueViews.of(p, heldPrices.values(), false))
            .toList();
    return new Outcome(
        supplierViews,
        productViews,
        new RefreshReport(
            supplierRecords.size(),
            productRecords.size(),
            priceRecords.size() - skipped,
            deactivated[0],
            skipped,
            now));
  }

  private static int deactivate(boolean wasActive, Runnable mark) {
    mark.run();
    return wasActive ? 1 : 0;
  }

  private static <T> Map<Long, T> byOdooId(List<T> held, Function<T, Long> odooId) {
    return held.stream()
        .collect(Collectors.toMap(odooId, Function.identity(), (a, b) -> a, HashMap::new));
  }

  private static <T> Set<Long> ids(List<T> records, Function<T, Long> odooId) {
    return records.stream().map(odooId).collect(Collectors.toSet());
  }
}
