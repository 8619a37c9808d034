package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.orderbridge.supplier.api.CatalogueRecordChanged;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.InMemoryCatalogueCache;
import net.orderbridge.supplier.fixture.MirrorFakes;
import org.junit.jupiter.api.Test;

/**
 * A change the sync-module reports is refreshed; Odoo being down there costs the sender nothing.
 */
class CatalogueChangeObserverTest {
  private static final long WOOD_CORNER = MirrorUnderTest.WOOD_CORNER;

  private final MirrorUnderTest catalogue = new MirrorUnderTest();
  private final MirrorFakes mirror = catalogue.mirror;
  private final FakeOdoo odoo = catalogue.odoo;
  private final InMemoryCatalogueCache cache = catalogue.cache;
  private final CatalogueChangeObserver observer = new CatalogueChangeObserver();

  CatalogueChangeObserverTest() {
    observer.refresh = catalogue.refresh;
  }

  @Test
  void aReportedChangeIsRefreshed() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));

    observer.onRecordChanged(
        new CatalogueRecordChanged(CatalogueRecordChanged.SUPPLIER, WOOD_CORNER));

    assertThat(mirror.suppliers.findByOdooId(WOOD_CORNER)).isPresent();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void odooBeingDownIsLoggedNotThrownAtTheSender() {
    odoo.down = true;

    assertThatCode(
            () ->
                observer.onRecordChanged(
                    new CatalogueRecordChanged(CatalogueRecordChanged.PRODUCT, 23)))
        .doesNotThrowAnyException();
    assertThat(odoo.calls).hasValue(1);
    assertThat(mirror.products.all()).isEmpty();
  }
}
