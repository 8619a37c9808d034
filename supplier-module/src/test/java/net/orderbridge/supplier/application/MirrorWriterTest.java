package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierPriceView;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.MirrorFakes;
import net.orderbridge.supplier.fixture.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Odoo's answers about single records written into the mirror: new records added, known ones
 * refreshed, missing ones kept inactive, prices stored only when their vendor and product are
 * mirrored, and a price line reported by the products it prices.
 */
class MirrorWriterTest {
  private static final long WOOD_CORNER = 8;
  private static final long DESK = 23;
  private static final long TEMPLATE = 13;

  private final MirrorFakes mirror = new MirrorFakes();
  private final MutableClock clock = new MutableClock();
  private final MirrorWriter writer =
      new MirrorWriter(
          mirror.suppliers,
          mirror.products,
          mirror.prices,
          new MirrorPolicy(Duration.ofHours(1), Duration.ofHours(1), clock),
          mirror.audit);

  @Test
  void aSupplierOdooNoLongerHasIsKeptInactiveAndOneNeitherKnowsIsEmpty() {
    writer.applySupplier(WOOD_CORNER, Optional.of(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner")));
    clock.advance(Duration.ofMinutes(5));

    assertThat(writer.applySupplier(WOOD_CORNER, Optional.empty()))
        .hasValueSatisfying(
            v -> {
              assertThat(v.active()).isFalse();
              assertThat(v.refreshedAt()).isEqualTo(clock.instant());
            });
    assertThat(writer.applySupplier(99, Optional.empty())).isEmpty();
    assertThat(mirror.suppliers.all()).hasSize(1);
  }

  @Test
  void aKnownSupplierIsRefreshedInPlace() {
    var first =
        writer
            .applySupplier(WOOD_CORNER, Optional.of(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner")))
            .orElseThrow();

    var second =
        writer
            .applySupplier(WOOD_CORNER, Optional.of(FakeOdoo.vendor(WOOD_CORNER, "Wood Works")))
            .orElseThrow();

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.name()).isEqualTo("Wood Works");
    assertThat(mirror.suppliers.all()).hasSize(1);
  }

  @Test
  void aProductsPricesAreStoredOnlyForMirroredVendorsAndValidTerms() {
    vendor(WOOD_CORNER);
    vendor(9);

    ProductView view =
        writer
            .applyProduct(
                DESK,
                Optional.of(FakeOdoo.product(DESK, "Large Desk")),
                List.of(
                    FakeOdoo.price(6, WOOD_CORNER, DESK, "1", "1299.0"),
                    FakeOdoo.price(7, 15, DESK, "1", "1399.0"),
                    withoutCurrency(FakeOdoo.price(8, 9, DESK, "1", "999.0"))))
            .orElseThrow();

    assertThat(view.prices()).extracting(SupplierPriceView::odooId).containsExactly(6L);
    assertThat(mirror.prices.all()).hasSize(1);
  }

  @Test
  void aKnownProductAndItsPricesAreRefreshedNotDuplicated() {
    vendor(WOOD_CORNER);
    writer.applyProduct(
        DESK,
        Optional.of(FakeOdoo.product(DESK, "Large Desk")),
        List.of(FakeOdoo.price(6, WOOD_CORNER, DESK, "1", "1299.0")));

    ProductView view =
        writer
            .applyProduct(
                DESK,
                Optional.of(FakeOdoo.product(DESK, "Larger Desk")),
                List.of(FakeOdoo.price(6, WOOD_CORNER, DESK, "1", "1199.0")))
            .orElseThrow();

    assertThat(view.name()).isEqualTo("Larger Desk");
    assertThat(view.prices())
        .singleElement()
        .satisfies(p -> assertThat(p.price().amount()).isEqualByComparingTo("1199"));
    assertThat(mirror.products.all()).hasSize(1);
    assertThat(mirror.prices.all()).hasSize(1);
  }

  @Test
  void aProductOdooNoLongerHasIsKeptInactiveAndOneNeitherKnowsIsEmpty() {
    writer.applyProduct(DESK, Optional.of(FakeOdoo.product(DESK, "Large Desk")), List.of());

    assertThat(writer.applyProduct(DESK, Optional.empty(), List.of()))
        .hasValueSatisfying(v -> assertThat(v.active()).isFalse());
    assertThat(writer.applyProduct(99, Optional.empty(), List.of())).isEmpty();
  }

  @Test
  void aNewTemplatePriceIsReportedByEveryVariantOfTheTemplate() {
    vendor(WOOD_CORNER);
    variant(23);
    variant(24);

    List<ProductView> touched =
        writer.applyPrice(6, Optional.of(templatePrice(6, WOOD_CORNER, "1299.0")));

    assertThat(touched).extracting(ProductView::odooId).containsExactlyInAnyOrder(23L, 24L);
    assertThat(touched).allSatisfy(v -> assertThat(v.prices()).hasSize(1));
  }

  @Test
  void aPriceOdooDeletedIsKeptInactiveAndItsProductIsReported() {
    vendor(WOOD_CORNER);
    writer.applyProduct(DESK, Optional.of(FakeOdoo.product(DESK, "Large Desk")), List.of());
    writer.applyPrice(6, Optional.of(FakeOdoo.price(6, WOOD_CORNER, DESK, "1", "1299.0")));

    List<ProductView> touched = writer.applyPrice(6, Optional.empty());

    assertThat(touched)
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.prices())
                    .singleElement()
                    .satisfies(p -> assertThat(p.active()).isFalse()));
  }

  @Test
  void aPriceForAnUnmirroredVariantOrVendorIsNotStored() {
    vendor(WOOD_CORNER);

    assertThat(writer.applyPrice(6, Optional.of(FakeOdoo.price(6, WOOD_CORNER, DESK, "1", "1"))))
        .isEmpty();
    assertThat(writer.applyPrice(7, Optional.of(templatePrice(7, 15, "1")))).isEmpty();
    assertThat(writer.applyPrice(8, Optional.empty())).isEmpty();
    assertThat(mirror.prices.all()).isEmpty();
  }

  private void vendor(long odooId) {
    writer.applySupplier(odooId, Optional.of(FakeOdoo.vendor(odooId, "Vendor " + odooId)));
  }

  private void variant(long odooId) {
    writer.applyProduct(
        odooId,
        Optional.of(
            new ProductRecord(
                odooId,
                TEMPLATE,
                "Desk " + odooId,
                null,
                "Units",
                BigDecimal.ZERO,
                BigDecimal.TEN,
                true,
                true,
                FakeOdoo.WRITTEN)),
        List.of());
  }

  private static SupplierPriceRecord templatePrice(long id, long vendor, String price) {
    return new SupplierPriceRecord(
        id,
        vendor,
        null,
        TEMPLATE,
        BigDecimal.ONE,
        new BigDecimal(price),
        "USD",
        2,
        "Units",
        true,
        FakeOdoo.WRITTEN);
  }

  private static SupplierPriceRecord withoutCurrency(SupplierPriceRecord r) {
    return new SupplierPriceRecord(
        r.odooId(),
        r.supplierOdooId(),
        r.productOdooId(),
        r.templateOdooId(),
        r.minQuantity(),
        r.price(),
        " ",
        r.delayDays(),
        r.uom(),
        r.active(),
        r.writeDate());
  }
}
