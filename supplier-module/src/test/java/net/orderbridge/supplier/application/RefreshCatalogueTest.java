package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.CatalogueRecordChanged;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.InMemoryCatalogueCache;
import net.orderbridge.supplier.fixture.MirrorFakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refreshes bring the mirror and the caches up to date with Odoo: a full refresh writes every view
 * through and reports what it left out; a changed record is re-read and written through; when Odoo
 * is down the cached entry is evicted and the failure reaches the caller.
 */
class RefreshCatalogueTest {
  private static final long WOOD_CORNER = MirrorUnderTest.WOOD_CORNER;
  private static final long DESK = MirrorUnderTest.DESK;
  private static final CatalogueRecordChanged WOOD_CORNER_CHANGED =
      new CatalogueRecordChanged(CatalogueRecordChanged.SUPPLIER, WOOD_CORNER);

  private final MirrorUnderTest catalogue = new MirrorUnderTest();
  private final MirrorFakes mirror = catalogue.mirror;
  private final FakeOdoo odoo = catalogue.odoo;
  private final InMemoryCatalogueCache cache = catalogue.cache;
  private final MirrorWriter writer = catalogue.writer;
  private final RefreshCatalogue refresh = catalogue.refresh;
  private final List<LogRecord> warnings = new ArrayList<>();
  private final Logger skippedLog = Logger.getLogger(SkippedRecordLog.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          warnings.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  {
    skippedLog.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    skippedLog.removeHandler(capture);
  }

  @Test
  void aFullRefreshWritesEveryViewThroughAndLogsWhatItLeftOut() {
    catalogue.odooHoldsTheDeskPricedByWoodCorner();
    odoo.prices.add(FakeOdoo.price(7, 15, DESK, "1", "1399.0"));

    RefreshReport report = refresh.refreshAll();

    assertThat(report.suppliers()).isEqualTo(1);
    assertThat(report.products()).isEqualTo(1);
    assertThat(report.prices()).isEqualTo(1);
    assertThat(report.skippedPrices()).isEqualTo(1);
    assertThat(cache.held(CacheEntry.supplier(supplierId(WOOD_CORNER))))
        .hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Wood Corner"));
    assertThat(cache.held(CacheEntry.product(productId(DESK))))
        .hasValueSatisfying(v -> assertThat(v.prices()).hasSize(1));
    assertThat(warnings).extracting(LogRecord::getLevel).containsOnly(Level.WARNING).hasSize(2);
    assertThat(warnings.get(1).getMessage())
        .contains(SkippedRecordLog.PRICE)
        .contains(" 7: ")
        .contains("res.partner 15");
  }

  @Test
  void aFullRefreshThatLeavesNothingOutLogsNothing() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));

    assertThat(refresh.refreshAll().skipped()).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aFullRefreshWithOdooDownFailsAndLeavesTheCachesAlone() {
    odoo.down = true;

    assertThatThrownBy(refresh::refreshAll).isInstanceOf(SupplierSourceUnavailableException.class);
    assertThat(cache.size()).isZero();
  }

  @Test
  void aChangedSupplierIsReReadAndWrittenThrough() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));

    refresh.refresh(WOOD_CORNER_CHANGED);

    assertThat(cache.held(CacheEntry.supplier(supplierId(WOOD_CORNER))))
        .hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Wood Corner"));
  }

  @Test
  void aSupplierChangeWhileOdooIsDownEvictsItsEntryAndFails() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));
    SupplierView held = writer.applySupplier(WOOD_CORNER, odoo.supplier(WOOD_CORNER)).orElseThrow();
    cache.hold(CacheEntry.supplierIdOf(WOOD_CORNER), held.id());
    cache.hold(CacheEntry.supplier(held.id()), held);
    odoo.down = true;

    assertThatThrownBy(() -> refresh.refresh(WOOD_CORNER_CHANGED))
        .isInstanceOf(SupplierSourceUnavailableException.class);
    assertThat(cache.held(CacheEntry.supplier(held.id()))).isEmpty();
  }

  @Test
  void aSupplierChangeWhileOdooIsDownFailsEvenWhenNothingIsCached() {
    odoo.down = true;

    assertThatThrownBy(() -> refresh.refresh(WOOD_CORNER_CHANGED))
        .isInstanceOf(SupplierSourceUnavailableException.class);
    assertThat(cache.evicted).isEmpty();
  }

  @Test
  void aChangedProductIsReReadWithItsPricesAndWrittenThrough() {
    catalogue.odooHoldsTheDeskPricedByWoodCorner();

    refresh.refresh(new CatalogueRecordChanged(CatalogueRecordChanged.PRODUCT, DESK));

    assertThat(cache.held(CacheEntry.product(productId(DESK))))
        .hasValueSatisfying(v -> assertThat(v.prices()).hasSize(1));
  }

  @Test
  void aProductChangeWhileOdooIsDownEvictsItsEntryAndFails() {
    odoo.products.add(FakeOdoo.product(DESK, "Large Desk"));
    refresh.refresh(new CatalogueRecordChanged(CatalogueRecordChanged.PRODUCT, DESK));
    ProductId id = productId(DESK);
    cache.hold(CacheEntry.productIdOf(DESK), id);
    odoo.down = true;

    assertThatThrownBy(
            () -> refresh.refresh(new CatalogueRecordChanged(CatalogueRecordChanged.PRODUCT, DESK)))
        .isInstanceOf(SupplierSourceUnavailableException.class);
    assertThat(cache.evicted).containsExactly(CacheEntry.product(id));
    assertThat(cache.held(CacheEntry.product(id))).isEmpty();
  }

  @Test
  void aNewPriceMirrorsItsVendorAndProductAndWritesTheProductThrough() {
    catalogue.odooHoldsTheDeskPricedByWoodCorner();

    refresh.refresh(new CatalogueRecordChanged(CatalogueRecordChanged.PRICE, 6));

    assertThat(mirror.suppliers.findByOdooId(WOOD_CORNER)).isPresent();
    ProductView view = cache.held(CacheEntry.product(productId(DESK))).orElseThrow();
    assertThat(view.prices()).singleElement().satisfies(p -> assertThat(p.odooId()).isEqualTo(6));
  }

  @Test
  void aPriceOfAProductNeitherSideHasIsNotMirrored() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));
    odoo.prices.add(FakeOdoo.price(6, WOOD_CORNER, DESK, "1", "1299.0"));

    refresh.refresh(new CatalogueRecordChanged(CatalogueRecordChanged.PRICE, 6));

    assertThat(mirror.prices.all()).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void aPriceOdooDeletedLeavesTheProductWrittenThroughWithTheLineInactive() {
    catalogue.odooHoldsTheDeskPricedByWoodCorner();
    refresh.refresh(new CatalogueRecordChanged(CatalogueRecordChanged.PRICE, 6));
    odoo.prices.clear();

    refresh.refresh(new CatalogueRecordChanged(CatalogueRecordChanged.PRICE, 6));

    ProductView view = cache.held(CacheEntry.product(productId(DESK))).orElseThrow();
    assertThat(view.prices()).singleElement().satisfies(p -> assertThat(p.active()).isFalse());
  }

  private SupplierId supplierId(long odooId) {
    return mirror.suppliers.findByOdooId(odooId).orElseThrow().id();
  }

  private ProductId productId(long odooId) {
    return mirror.products.findByOdooId(odooId).orElseThrow().id();
  }
}
