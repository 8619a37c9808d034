package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.domain.mirror.CatalogueAudit;
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
 * Writes what Odoo answered about single records into the mirror, each call in a transaction of its
 * own: the mirror is a copy of Odoo, so a caller's rollback must not undo it (a rolled-back insert
 * would leave a local id in the caches that the database never kept). Odoo is asked before, outside
 * any transaction; an empty answer means Odoo no longer has the record.
 */
@ApplicationScoped
public class MirrorWriter {
  private static final Logger LOG = Logger.getLogger(MirrorWriter.class.getName());
  private Suppliers suppliers;
  private Products products;
  private SupplierPrices prices;
  private MirrorPolicy policy;
  private CatalogueAuditing audited;

  protected MirrorWriter() {
    // for CDI
  }

  @Inject
  public MirrorWriter(
      Suppliers suppliers,
      Products products,
      SupplierPrices prices,
      MirrorPolicy policy,
      CatalogueAudit audit) {
    this.suppliers = suppliers;
    this.products = products;
    this.prices = prices;
    this.policy = policy;
    this.audited = new CatalogueAuditing(audit, CatalogueAuditing.RECORD_REFRESH);
  }

  /** The supplier after Odoo's answer; empty when neither Odoo nor the mirror knows it. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<SupplierView> applySupplier(long odooId, Optional<SupplierRecord> answer) {
    Instant now = policy.now();
    Optional<Supplier> held = suppliers.findByOdooId(odooId);
    if (answer.isEmpty() && held.isEmpty()) {
      return Optional.empty();
    }
    Supplier written =
        audited.write(
            SkippedRecordLog.SUPPLIER,
            odooId,
            held.orElse(null),
            () -> {
              if (answer.isEmpty()) {
                held.get().markMissingFromOdoo(now);
                return held.get();
              }
              SupplierDetails details = MirrorRecords.details(answer.get());
              if (held.isPresent()) {
                held.get().refresh(details, now);
                return held.get();
              }
              Supplier created = Supplier.mirror(SupplierId.random(), odooId, details, now);
              suppliers.add(created);
              return created;
            },
            now);
    return Optional.of(CatalogueViews.of(written, false));
  }

  /**
   * The product after Odoo's answer about it and its prices. Prices whose supplier is not mirrored
   * are left out: call {@link #applySupplier} for those first.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<ProductView> applyProduct(
      long odooId, Optional<ProductRecord> answer, List<SupplierPriceRecord> itsPrices) {
    Instant now = policy.now();
    Optional<Product> found = products.findByOdooId(odooId);
    Optional<Product> held =
        answer.isEmpty() && found.isEmpty()
            ? found
            : Optional.of(
                audited.write(
                    SkippedRecordLog.PRODUCT,
                    odooId,
                    found.orElse(null),
                    () -> {
                      if (answer.isEmpty()) {
                        found.get().markMissingFromOdoo(now);
                        return found.get();
                      }
                      ProductDetails details = MirrorRecords.details(answer.get());
                      if (found.isPresent()) {
                        found.get().refresh(details, now);
                        return found.get();
                      }
                      Product created = Product.mirror(ProductId.random(), odooId, details, now);
                      products.add(created);
                      return created;
                    },
                    now));
    for (SupplierPriceRecord price : itsPrices) {
      upsertPrice(price, now);
    }
    return held.map(this::view);
  }

  /**
   * The products a price line applies to, before and after Odoo's answer about it (their cached
   * views are out of date). A line whose supplier or product is not mirrored is not stored.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<ProductView> applyPrice(long odooId, Optional<SupplierPriceRecord> answer) {
    Instant now = policy.now();
    Set<Product> touched = new LinkedHashSet<>();
    Optional<SupplierPrice> held = prices.findByOdooId(odooId);
    held.ifPresent(p -> touched.addAll(productsOf(p)));
    if (answer.isEmpty()) {
      held.ifPresent(
          p ->
              audited.write(
                  SkippedRecordLog.PRICE,
                  odooId,
                  p,
                  () -> {
                    p.markMissingFromOdoo(now);
                    return p;
                  },
                  now));
    } else {
      upsertPrice(answer.get(), now).ifPresent(p -> touched.addAll(productsOf(p)));
    }
    List<ProductView> views = new ArrayList<>();
    touched.forEach(p -> views.add(view(p)));
    return views;
  }

  private Optional<SupplierPrice> upsertPrice(SupplierPriceRecord record, Instant now) {
    Optional<Supplier> supplier = suppliers.findByOdooId(record.supplierOdooId());
    Optional<Product> product =
        record.productOdooId() == null
            ? Optional.empty()
            : products.findByOdooId(record.productOdooId());
    if (supplier.isEmpty() || (record.productOdooId() != null && product.isEmpty())) {
      return Optional.empty();
    }
    PriceTerms terms;
    try {
      terms = MirrorRecords.terms(record, supplier.get().id());
    } catch (RuntimeException invalid) {
      LOG.warning(
          () ->
              "Catalogue skipped product.supplierinfo "
                  + record.odooId()
                  + ": "
                  + invalid.getMessage());
      return Optional.empty();
    }
    Optional<SupplierPrice> held = prices.findByOdooId(record.odooId());
    PriceTerms taken = terms;
    return Optional.of(
        audited.write(
            SkippedRecordLog.PRICE,
            record.odooId(),
            held.orElse(null),
            () -> {
              if (held.isPresent()) {
                held.get().refresh(taken, now);
                return held.get();
              }
              SupplierPrice created =
                  SupplierPrice.mirror(SupplierPriceId.random(), record.odooId(), taken, now);
              prices.add(created);
              return created;
            },
            now));
  }

  private List<Product> productsOf(SupplierPrice price) {
    return price
        .productOdooId()
        .flatMap(products::findByOdooId)
        .map(List::of)
        .orElseGet(() -> products.ofTemplate(price.templateOdooId()));
  }

  private ProductView view(Product product) {
    return CatalogueViews.of(
        product, prices.ofProduct(product.odooId(), product.templateOdooId()), false);
  }
}
