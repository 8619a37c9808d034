package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierPriceView;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.MirrorFakes;
import net.orderbridge.supplier.fixture.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Odoo's vendor prices as a real Odoo 19 holds them: most are set on the product template ({@code
 * product_id = False}) and apply to every variant of it; a vendor's line for one variant wins over
 * its template line for that variant; a record the mirror cannot take is left out and reported.
 */
class FullMirrorRefreshTest {
  private static final long WOOD_CORNER = 8;
  private static final long AZURE = 15;
  private static final long DESK_TEMPLATE = 13;

  private final MirrorFakes mirror = new MirrorFakes();
  private final FullMirrorRefresh refresh =
      new FullMirrorRefresh(
          mirror.suppliers,
          mirror.products,
          mirror.prices,
          new MirrorPolicy(Duration.ofHours(1), Duration.ofHours(1), new MutableClock()),
          mirror.audit);

  @Test
  void eachRefreshAuditsWhatItAddedChangedAndRemovedAndNothingWhenNothingChanged() {
    refresh.replaceAll(List.of(vendor(WOOD_CORNER), vendor(AZURE)), List.of(), List.of());
    assertThat(mirror.audit.rows)
        .extracting(c -> c.kind() + " " + c.model() + " " + c.odooId())
        .containsExactly("ADDED res.partner 8", "ADDED res.partner 15");
    assertThat(mirror.audit.rows.get(0).changes())
        .extracting(Object::toString)
        .contains("name: null -> Vendor 8", "active: null -> true")
        .noneMatch(c -> c.startsWith("email"));
    assertThat(mirror.audit.rows.get(0).source()).isEqualTo("full refresh");

    refresh.replaceAll(List.of(vendor(WOOD_CORNER), vendor(AZURE)), List.of(), List.of());
    assertThat(mirror.audit.rows).as("nothing changed").hasSize(2);

    refresh.replaceAll(List.of(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner")), List.of(), List.of());
    assertThat(mirror.audit.rows.subList(2, 4))
        .extracting(c -> c.kind() + " " + c.odooId() + " " + c.changes())
        .containsExactly(
            "CHANGED 8 [name: Vendor 8 -> Wood Corner]", "REMOVED 15 [active: true -> false]");
  }

  @Test
  void aTemplatePricePricesEveryVariantOfTheTemplate() {
    var outcome =
        refresh.replaceAll(
            List.of(vendor(WOOD_CORNER), vendor(AZURE)),
            List.of(desk(23), desk(24), desk(25)),
            List.of(templatePrice(6, WOOD_CORNER, "5", "1299.0")));

    assertThat(outcome.report().prices()).isEqualTo(1);
    assertThat(outcome.report().skipped()).isEmpty();
    SupplierId woodCorner = supplier(WOOD_CORNER);
    for (long variant : List.of(23L, 24L, 25L)) {
      assertThat(view(outcome, variant).priceFor(woodCorner, new Quantity(BigDecimal.TEN)))
          .as("variant %s", variant)
          .hasValueSatisfying(p -> assertThat(p.amount()).isEqualByComparingTo("1299"));
    }
  }

  @Test
  void aVendorsVariantLineWinsOverItsTemplateLineForThatVariantOnly() {
    var outcome =
        refresh.replaceAll(
            List.of(vendor(WOOD_CORNER), vendor(AZURE)),
            List.of(desk(23), desk(24)),
            List.of(
                templatePrice(6, WOOD_CORNER, "1", "1299.0"),
                variantPrice(40, WOOD_CORNER, 24, "1", "1350.0"),
                templatePrice(7, AZURE, "1", "1399.0")));

    Quantity one = new Quantity(BigDecimal.ONE);
    ProductView withOwnLine = view(outcome, 24);
    assertThat(withOwnLine.priceFor(supplier(WOOD_CORNER), one))
        .hasValueSatisfying(p -> assertThat(p.amount()).isEqualByComparingTo("1350"));
    assertThat(withOwnLine.prices()).extracting(SupplierPriceView::odooId).containsExactly(7L, 40L);
    assertThat(withOwnLine.priceFor(supplier(AZURE), one))
        .hasValueSatisfying(p -> assertThat(p.amount()).isEqualByComparingTo("1399"));
    assertThat(view(outcome, 23).priceFor(supplier(WOOD_CORNER), one))
        .hasValueSatisfying(p -> assertThat(p.amount()).isEqualByComparingTo("1299"));
  }

  @Test
  void anUnmirrorableRecordIsLeftOutWithItsReasonAndTheRestIsMirrored() {
    var outcome =
        refresh.replaceAll(
            List.of(vendor(WOOD_CORNER)),
            List.of(desk(23)),
            List.of(
                templatePrice(6, WOOD_CORNER, "1", "1299.0"),
                templatePrice(7, AZURE, "1", "1399.0"),
                templatePrice(9, WOOD_CORNER, "1", "-3.0")));

    RefreshReport report = outcome.report();
    assertThat(report.prices()).isEqualTo(1);
    assertThat(report.skippedPrices()).isEqualTo(2);
    assertThat(report.skipped())
        .extracting(SkippedRecord::model, SkippedRecord::odooId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("product.supplierinfo", 7L),
            org.assertj.core.groups.Tuple.tuple("product.supplierinfo", 9L));
    assertThat(report.skipped().get(0).reason()).contains("res.partner 15");
    assertThat(report.skipped().get(1).reason()).contains("negative");
    assertThat(view(outcome, 23).prices())
        .extracting(SupplierPriceView::odooId)
        .containsExactly(6L);
  }

  private SupplierId supplier(long odooId) {
    return mirror.suppliers.findByOdooId(odooId).orElseThrow().id();
  }

  private static ProductView view(FullMirrorRefresh.Outcome outcome, long odooId) {
    return outcome.products().stream().filter(p -> p.odooId() == odooId).findFirst().orElseThrow();
  }

  private static SupplierRecord vendor(long id) {
    return FakeOdoo.vendor(id, "Vendor " + id);
  }

  private static ProductRecord desk(long id) {
    return new ProductRecord(
        id,
        DESK_TEMPLATE,
        "Large Desk",
        null,
        "Units",
        BigDecimal.ZERO,
        new BigDecimal("1799.0"),
        true,
        true,
        FakeOdoo.WRITTEN);
  }

  private static SupplierPriceRecord templatePrice(
      long id, long vendor, String minQty, String price) {
    return price(id, vendor, null, minQty, price);
  }

  private static SupplierPriceRecord variantPrice(
      long id, long vendor, long variant, String minQty, String price) {
    return price(id, vendor, variant, minQty, price);
  }

  private static SupplierPriceRecord price(
      long id, long vendor, Long variant, String minQty, String price) {
    return new SupplierPriceRecord(
        id,
        vendor,
        variant,
        DESK_TEMPLATE,
        new BigDecimal(minQty),
        new BigDecimal(price),
        "USD",
        2,
        "Units",
        true,
        FakeOdoo.WRITTEN);
  }
}
