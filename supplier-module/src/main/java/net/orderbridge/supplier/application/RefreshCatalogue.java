package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.orderbridge.supplier.api.CatalogueRecordChanged;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.api.SupplierSource;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.application.CatalogueCache.Cached;

/**
 * Brings the mirror and the caches up to date with Odoo: all of it ({@link #refreshAll}) or one
 * changed record ({@link #refresh}). Odoo is asked first, outside any transaction; the mirror is
 * written in its own transaction; the caches are written through only after it committed, and every
 * other instance is told to drop its in-process copies.
 *
 * <p>When Odoo can't be reached, {@link SupplierSourceUnavailableException} reaches the caller; for
 * a single record the entry is evicted first, so the next read goes to the mirror.
 */
@ApplicationScoped
public class RefreshCatalogue {
  private SourceAccess source;
  private FullMirrorRefresh fullRefresh;
  private MirrorWriter writer;
  private MirrorLoader loader;
  private CatalogueCache cache;
  private SkippedRecordLog skippedLog;

  protected RefreshCatalogue() {
    // for CDI
  }

  @Inject
  public RefreshCatalogue(
      SourceAccess source,
      FullMirrorRefresh fullRefresh,
      MirrorWriter writer,
      MirrorLoader loader,
      CatalogueCache cache,
      SkippedRecordLog skippedLog) {
    this.source = source;
    this.fullRefresh = fullRefresh;
    this.writer = writer;
    this.loader = loader;
    this.cache = cache;
    this.skippedLog = skippedLog;
  }

  /**
   * Reads every supplier, product and price from Odoo and replaces the mirror with them; records
   * the mirror cannot take are left out, logged and counted (see {@link SkippedRecordLog}).
   */
  public RefreshReport refreshAll() {
    var suppliers = source.ask(SupplierSource::suppliers);
    var products = source.ask(SupplierSource::products);
    var prices = source.ask(SupplierSource::prices);
    FullMirrorRefresh.Outcome outcome =
        MirrorRace.converge(() -> fullRefresh.replaceAll(suppliers, products, prices));
    List<Cached<?>> fresh = new ArrayList<>();
    outcome.suppliers().forEach(v -> fresh.add(new Cached<>(CacheEntry.supplier(v.id()), v)));
    outcome.products().forEach(v -> fresh.add(new Cached<>(CacheEntry.product(v.id()), v)));
    cache.putAll(fresh);
    skippedLog.report(outcome.report().skipped());
    return outcome.report();
  }

  /** Re-reads one record that Odoo changed, created, archived or deleted. */
  public void refresh(CatalogueRecordChanged change) {
    long odooId = change.odooId();
    switch (change.kind()) {
      case CatalogueRecordChanged.SUPPLIER -> refreshSupplier(odooId);
      case CatalogueRecordChanged.PRODUCT -> refreshProduct(odooId);
      default -> refreshPrice(odooId);
    }
  }

  private void refreshSupplier(long odooId) {
    Optional<SupplierView> view;
    try {
      Optional<SupplierRecord> answer = source.ask(s -> s.supplier(odooId));
      view = MirrorRace.converge(() -> writer.applySupplier(odooId, answer));
    } catch (SupplierSourceUnavailableException odooDown) {
      cache
          .get(CacheEntry.supplierIdOf(odooId), Optional::empty)
          .ifPresent(id -> cache.evict(CacheEntry.supplier(id)));
      throw odooDown;
    }
    view.ifPresent(v -> cache.putAll(List.of(new Cached<>(CacheEntry.supplier(v.id()), v))));
  }

  private void refreshProduct(long odooId) {
    Optional<ProductView> view;
    try {
      view = loader.reloadProduct(odooId);
    } catch (SupplierSourceUnavailableException odooDown) {
      cache
          .get(CacheEntry.productIdOf(odooId), Optional::empty)
          .ifPresent(id -> cache.evict(CacheEntry.product(id)));
      throw odooDown;
    }
    view.ifPresent(v -> putProducts(List.of(v)));
  }

  private void refreshPrice(long odooId) {
    Optional<SupplierPriceRecord> answer = source.ask(s -> s.price(odooId));
    if (answer.isPresent()) {
      loader.mirrorSuppliersOf(answer.stream().toList());
      Long productOdooId = answer.get().productOdooId();
      if (productOdooId != null && loader.productByOdooId(productOdooId).isEmpty()) {
        return;
      }
    }
    putProducts(MirrorRace.converge(() -> writer.applyPrice(odooId, answer)));
  }

  private void putProducts(Collection<ProductView> views) {
    List<Cached<?>> fresh = new ArrayList<>();
    views.forEach(v -> fresh.add(new Cached<>(CacheEntry.product(v.id()), v)));
    cache.putAll(fresh);
  }
}
