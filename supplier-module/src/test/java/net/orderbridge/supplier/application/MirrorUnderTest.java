package net.orderbridge.supplier.application;

import java.time.Duration;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.InMemoryCatalogueCache;
import net.orderbridge.supplier.fixture.MirrorFakes;
import net.orderbridge.supplier.fixture.MutableClock;

/**
 * The catalogue's use cases wired as CDI wires them, over in-memory ports: the mirror's
 * repositories, an Odoo that can be switched off, one cache level and a clock a test moves.
 */
final class MirrorUnderTest {
  static final Duration TTL = Duration.ofHours(1);
  static final long WOOD_CORNER = 8;
  static final long DESK = 23;

  final MirrorFakes mirror = new MirrorFakes();
  final FakeOdoo odoo = new FakeOdoo();
  final InMemoryCatalogueCache cache = new InMemoryCatalogueCache();
  final MutableClock clock = new MutableClock();
  final MirrorPolicy policy = new MirrorPolicy(TTL, TTL, clock);
  final SourceAccess source = SourceAccess.of(odoo);
  final MirrorWriter writer =
      new MirrorWriter(mirror.suppliers, mirror.products, mirror.prices, policy, mirror.audit);
  final MirrorLoader loader =
      new MirrorLoader(mirror.suppliers, mirror.products, mirror.prices, source, writer, policy);
  final RefreshCatalogue refresh =
      new RefreshCatalogue(
          source,
          new FullMirrorRefresh(
              mirror.suppliers, mirror.products, mirror.prices, policy, mirror.audit),
          writer,
          loader,
          cache,
          new SkippedRecordLog(null));

  /** Odoo holds vendor Wood Corner, product Large Desk and Wood Corner's price 6 for it. */
  void odooHoldsTheDeskPricedByWoodCorner() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));
    odoo.products.add(FakeOdoo.product(DESK, "Large Desk"));
    odoo.prices.add(FakeOdoo.price(6, WOOD_CORNER, DESK, "1", "1299.0"));
  }
}
