package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceView;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.MirrorFakes;
import net.orderbridge.supplier.fixture.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Reads below the caches: a fresh mirrored record is served without asking Odoo, an older one is
 * asked again and served stale when Odoo is down, an unmirrored one is fetched and mirrored.
 */
class MirrorLoaderTest {
  private static final Duration TTL = MirrorUnderTest.TTL;
  private static final long WOOD_CORNER = MirrorUnderTest.WOOD_CORNER;
  private static final long DESK = MirrorUnderTest.DESK;

  private final MirrorUnderTest catalogue = new MirrorUnderTest();
  private final MirrorFakes mirror = catalogue.mirror;
  private final FakeOdoo odoo = catalogue.odoo;
  private final MutableClock clock = catalogue.clock;
  private final MirrorLoader loader = catalogue.loader;

  @Test
  void aSupplierTheMirrorDoesNotHoldIsFetchedFromOdooAndMirrored() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));

    SupplierView view = loader.supplierByOdooId(WOOD_CORNER).orElseThrow();

    assertThat(view.name()).isEqualTo("Wood Corner");
    assertThat(view.stale()).isFalse();
    assertThat(view.refreshedAt()).isEqualTo(clock.instant());
    assertThat(mirror.suppliers.findByOdooId(WOOD_CORNER)).isPresent();
    assertThat(loader.heldSupplierId(WOOD_CORNER)).contains(view.id());
  }

  @Test
  void aFreshMirroredSupplierIsServedWithoutAskingOdoo() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));
    SupplierId id = loader.supplierByOdooId(WOOD_CORNER).orElseThrow().id();
    clock.advance(TTL);

    assertThat(loader.supplier(id)).hasValueSatisfying(v -> assertThat(v.stale()).isFalse());
    assertThat(loader.supplierByOdooId(WOOD_CORNER)).isPresent();
    assertThat(odoo.calls).hasValue(1);
  }

  @Test
  void anOlderSupplierIsAskedOfOdooAgainAndTakesItsAnswer() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));
    SupplierId id = loader.supplierByOdooId(WOOD_CORNER).orElseThrow().id();
    odoo.suppliers.set(0, renamed(odoo.suppliers.get(0), "Wood Corner Ltd"));
    clock.advance(TTL.plusSeconds(1));

    SupplierView view = loader.supplier(id).orElseThrow();

    assertThat(view.id()).isEqualTo(id);
    assertThat(view.name()).isEqualTo("Wood Corner Ltd");
    assertThat(view.refreshedAt()).isEqualTo(clock.instant());
    assertThat(odoo.calls).hasValue(2);
  }

  @Test
  void anOlderSupplierIsServedStaleWhenOdooCannotBeReached() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));
    SupplierId id = loader.supplierByOdooId(WOOD_CORNER).orElseThrow().id();
    clock.advance(TTL.plusSeconds(1));
    odoo.down = true;

    SupplierView view = loader.supplierByOdooId(WOOD_CORNER).orElseThrow();

    assertThat(view.id()).isEqualTo(id);
    assertThat(view.stale()).isTrue();
    assertThat(view.refreshedAt()).isEqualTo(clock.instant().minus(TTL.plusSeconds(1)));
  }

  @Test
  void aSupplierOdooDeletedIsKeptInactive() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));
    SupplierId id = loader.supplierByOdooId(WOOD_CORNER).orElseThrow().id();
    odoo.suppliers.clear();
    clock.advance(TTL.plusSeconds(1));

    assertThat(loader.supplier(id))
        .hasValueSatisfying(
            v -> {
              assertThat(v.active()).isFalse();
              assertThat(v.stale()).isFalse();
            });
  }

  @Test
  void aSupplierNobodyKnowsIsEmptyAndWithOdooDownItIsUnavailable() {
    assertThat(loader.supplierByOdooId(WOOD_CORNER)).isEmpty();
    assertThat(loader.supplier(SupplierId.random())).isEmpty();
    assertThat(mirror.suppliers.all()).isEmpty();

    odoo.down = true;
    assertThatThrownBy(() -> loader.supplierByOdooId(WOOD_CORNER))
        .isInstanceOf(SupplierSourceUnavailableException.class);
  }

  @Test
  void theHeldIdOfAnUnmirroredSupplierIsEmptyWithoutAskingOdoo() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));

    assertThat(loader.heldSupplierId(WOOD_CORNER)).isEmpty();
    assertThat(odoo.calls).hasValue(0);
  }

  @Test
  void aProductIsFetchedWithItsPricesAndTheirSuppliersAreMirroredFirst() {
    catalogue.odooHoldsTheDeskPricedByWoodCorner();

    ProductView view = loader.productByOdooId(DESK).orElseThrow();

    SupplierId woodCorner = mirror.suppliers.findByOdooId(WOOD_CORNER).orElseThrow().id();
    assertThat(view.name()).isEqualTo("Large Desk");
    assertThat(view.prices())
        .extracting(SupplierPriceView::odooId, SupplierPriceView::supplier)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, woodCorner));
    assertThat(mirror.prices.findByOdooId(6)).isPresent();
  }

  @Test
  void aProductOdooDoesNotHaveIsEmptyAndItsPricesAreNotAsked() {
    assertThat(loader.productByOdooId(DESK)).isEmpty();
    assertThat(loader.product(ProductId.random())).isEmpty();
    assertThat(odoo.calls).hasValue(1);
    assertThat(mirror.products.all()).isEmpty();
  }

  @Test
  void aFreshProductIsServedFromTheMirrorWithItsPrices() {
    catalogue.odooHoldsTheDeskPricedByWoodCorner();
    ProductId id = loader.productByOdooId(DESK).orElseThrow().id();
    int asked = odoo.calls.get();

    Optional<ProductView> view = loader.product(id);

    assertThat(view).hasValueSatisfying(v -> assertThat(v.prices()).hasSize(1));
    assertThat(loader.productByOdooId(DESK)).isPresent();
    assertThat(odoo.calls).hasValue(asked);
  }

  @Test
  void anOlderProductIsReloadedAndServedStaleWhenOdooIsDown() {
    catalogue.odooHoldsTheDeskPricedByWoodCorner();
    ProductId id = loader.productByOdooId(DESK).orElseThrow().id();
    clock.advance(TTL.plusSeconds(1));
    odoo.prices.set(0, FakeOdoo.price(6, WOOD_CORNER, DESK, "1", "1199.0"));

    ProductView reloaded = loader.product(id).orElseThrow();
    assertThat(reloaded.stale()).isFalse();
    assertThat(reloaded.prices().get(0).price().amount()).isEqualByComparingTo("1199");

    clock.advance(TTL.plusSeconds(1));
    odoo.down = true;
    ProductView stale = loader.product(id).orElseThrow();
    assertThat(stale.stale()).isTrue();
    assertThat(stale.prices().get(0).price().amount()).isEqualByComparingTo("1199");
  }

  private static SupplierRecord renamed(SupplierRecord record, String name) {
    return new SupplierRecord(
        record.odooId(),
        name,
        record.email(),
        record.reference(),
        record.company(),
        record.supplierRank(),
        record.active(),
        record.writeDate().plusSeconds(60));
  }
}
