package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import net.orderbridge.supplier.domain.mirror.CatalogueAudit;
import net.orderbridge.supplier.domain.mirror.OdooMirrored;
import net.orderbridge.supplier.domain.price.PriceTerms;
import net.orderbridge.supplier.domain.price.SupplierPrice;
import net.orderbridge.supplier.domain.price.SupplierPriceId;
import net.orderbridge.supplier.domain.price.SupplierPrices;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.product.ProductDetails;
import net.orderbridge.supplier.domain.product.Products;
import net.orderbridge.supplier.domain.supplier.Supplier;
import net.orderbridge.supplier.domain.supplier.SupplierDetails;
import net.orderbridge.supplier.domain.supplier.Suppliers;

/**
 * Replaces the whole mirror with a full answer from Odoo in one transaction: records in the answer
 * are added or refreshed, mirrored records missing from it are marked inactive (never deleted).
 * Works on maps loaded once, not on a query per record. A record the mirror cannot take (a vendor
 * price whose vendor is not among the answer, a negative price, a currency that is no ISO code…) is
 * left out and reported with its reason; it never costs the rest of the refresh.
 */
@ApplicationScoped
public class FullMirrorRefresh {
  private Suppliers suppliers;
  private Products products;
  private SupplierPrices prices;
  private MirrorPolicy policy;
  private CatalogueAuditing audited;

  protected FullMirrorRefresh() {
    // for CDI
  }

  @Inject
  public FullMirrorRefresh(
      Suppliers suppliers,
      Products products,
      SupplierPrices prices,
      MirrorPolicy policy,
      CatalogueAudit audit) {
    this.suppliers = suppliers;
    this.products = products;
    this.prices = prices;
    this.policy = policy;
    this.audited = new CatalogueAuditing(audit, CatalogueAuditing.FULL_REFRESH);
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
    List<SkippedRecord> skipped = new ArrayList<>();
    Map<Long, Supplier> heldSuppliers = byOdooId(suppliers.all(), Supplier::odooId);
    int mirroredSuppliers = 0;
    for (SupplierRecord record : supplierRecords) {
      Optional<String> refused = takeSupplier(record, heldSuppliers, now);
      refused.ifPresent(r -> skipped.add(skip(SkippedRecordLog.SUPPLIER, record.odooId(), r)));
      mirroredSuppliers += refused.isEmpty() ? 1 : 0;
    }
    Set<Long> seen = ids(supplierRecords, SupplierRecord::odooId);
    heldSuppliers.values().stream()
        .filter(s -> !seen.contains(s.odooId()))
        .forEach(s -> deactivated[0] += deactivate(SkippedRecordLog.SUPPLIER, s, now));

    Map<Long, Product> heldProducts = byOdooId(products.all(), Product::odooId);
    int mirroredProducts = 0;
    for (ProductRecord record : productRecords) {
      Optional<String> refused = takeProduct(record, heldProducts, now);
      refused.ifPresent(r -> skipped.add(skip(SkippedRecordLog.PRODUCT, record.odooId(), r)));
      mirroredProducts += refused.isEmpty() ? 1 : 0;
    }
    Set<Long> seenProducts = ids(productRecords, ProductRecord::odooId);
    heldProducts.values().stream()
        .filter(p -> !seenProducts.contains(p.odooId()))
        .forEach(p -> deactivated[0] += deactivate(SkippedRecordLog.PRODUCT, p, now));

    Map<Long, SupplierPrice> heldPrices = byOdooId(prices.all(), SupplierPrice::odooId);
    int mirroredPrices = 0;
    for (SupplierPriceRecord record : priceRecords) {
      Optional<String> refused = takePrice(record, heldSuppliers, heldProducts, heldPrices, now);
      refused.ifPresent(r -> skipped.add(skip(SkippedRecordLog.PRICE, record.odooId(), r)));
      mirroredPrices += refused.isEmpty() ? 1 : 0;
    }
    Set<Long> seenPrices = ids(priceRecords, SupplierPriceRecord::odooId);
    heldPrices.values().stream()
        .filter(p -> !seenPrices.contains(p.odooId()))
        .forEach(p -> deactivated[0] += deactivate(SkippedRecordLog.PRICE, p, now));

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
            mirroredSuppliers, mirroredProducts, mirroredPrices, deactivated[0], skipped, now));
  }

  private Optional<String> takeSupplier(
      SupplierRecord record, Map<Long, Supplier> held, Instant now) {
    SupplierDetails details;
    try {
      details = MirrorRecords.details(record);
    } catch (RuntimeException invalid) {
      return Optional.of(reason(invalid));
    }
    Supplier supplier = held.get(record.odooId());
    audited.write(
        SkippedRecordLog.SUPPLIER,
        record.odooId(),
        supplier,
        () -> {
          if (supplier != null) {
            supplier.refresh(details, now);
            return supplier;
          }
          Supplier created = Supplier.mirror(SupplierId.random(), record.odooId(), details, now);
          suppliers.add(created);
          held.put(record.odooId(), created);
          return created;
        },
        now);
    return Optional.empty();
  }

  private Optional<String> takeProduct(ProductRecord record, Map<Long, Product> held, Instant now) {
    ProductDetails details;
    try {
      details = MirrorRecords.details(record);
    } catch (RuntimeException invalid) {
      return Optional.of(reason(invalid));
    }
    Product product = held.get(record.odooId());
    audited.write(
        SkippedRecordLog.PRODUCT,
        record.odooId(),
        product,
        () -> {
          if (product != null) {
            product.refresh(details, now);
            return product;
          }
          Product created = Product.mirror(ProductId.random(), record.odooId(), details, now);
          products.add(created);
          held.put(record.odooId(), created);
          return created;
        },
        now);
    return Optional.empty();
  }

  private Optional<String> takePrice(
      SupplierPriceRecord record,
      Map<Long, Supplier> heldSuppliers,
      Map<Long, Product> heldProducts,
      Map<Long, SupplierPrice> held,
      Instant now) {
    Supplier supplier = heldSuppliers.get(record.supplierOdooId());
    if (supplier == null) {
      return Optional.of(
          "its vendor (res.partner " + record.supplierOdooId() + ") is not mirrored");
    }
    if (record.productOdooId() != null && !heldProducts.containsKey(record.productOdooId())) {
      return Optional.of(
          "its product variant (product.product " + record.productOdooId() + ") is not mirrored");
    }
    PriceTerms terms;
    try {
      terms = MirrorRecords.terms(record, supplier.id());
    } catch (RuntimeException invalid) {
      return Optional.of(reason(invalid));
    }
    SupplierPrice price = held.get(record.odooId());
    PriceTerms taken = terms;
    audited.write(
        SkippedRecordLog.PRICE,
        record.odooId(),
        price,
        () -> {
          if (price != null) {
            price.refresh(taken, now);
            return price;
          }
          SupplierPrice created =
              SupplierPrice.mirror(SupplierPriceId.random(), record.odooId(), taken, now);
          prices.add(created);
          held.put(record.odooId(), created);
          return created;
        },
        now);
    return Optional.empty();
  }

  private static SkippedRecord skip(String model, long odooId, String reason) {
    return new SkippedRecord(model, odooId, reason);
  }

  private static String reason(RuntimeException invalid) {
    return invalid.getMessage() == null ? invalid.getClass().getSimpleName() : invalid.getMessage();
  }

  private int deactivate(String model, OdooMirrored<?> record, Instant now) {
    boolean wasActive = record.isActive();
    audited.write(
        model,
        record.odooId(),
        record,
        () -> {
          record.markMissingFromOdoo(now);
          return record;
        },
        now);
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
