package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.MirrorFakes;
import net.orderbridge.supplier.fixture.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A refresh over a mirror that already holds records: they are refreshed in place (keeping their
 * local ids), those Odoo no longer returns are marked inactive and counted once, and records the
 * mirror cannot take are reported by model.
 */
class FullMirrorRefreshAgainTest {
  private final MirrorFakes mirror = new MirrorFakes();
  private final MutableClock clock = new MutableClock();
  private final FullMirrorRefresh refresh =
      new FullMirrorRefresh(
          mirror.suppliers,
          mirror.products,
          mirror.prices,
          new MirrorPolicy(Duration.ofHours(1), Duration.ofHours(1), clock),
          mirror.audit);

  @Test
  void heldRecordsAreRefreshedInPlaceAndThoseOdooDroppedAreDeactivatedOnce() {
    refresh.replaceAll(
        List.of(FakeOdoo.vendor(8, "Wood Corner"), FakeOdoo.vendor(9, "Gone Ltd")),
        List.of(FakeOdoo.product(23, "Large Desk"), FakeOdoo.product(24, "Old Chair")),
        List.of(FakeOdoo.price(6, 8, 23, "1", "1299.0"), FakeOdoo.price(7, 9, 24, "1", "99.0")));
    var woodCorner = mirror.suppliers.findByOdooId(8).orElseThrow().id();
    clock.advance(Duration.ofMinutes(10));

    var again =
        refresh.replaceAll(
            List.of(FakeOdoo.vendor(8, "Wood Corner Ltd")),
            List.of(FakeOdoo.product(23, "Large Desk")),
            List.of(FakeOdoo.price(6, 8, 23, "1", "1199.0")));

    assertThat(again.report().deactivated()).isEqualTo(3);
    assertThat(again.report().refreshedAt()).isEqualTo(clock.instant());
    assertThat(again.suppliers())
        .extracting(v -> v.odooId(), v -> v.name(), v -> v.active())
        .containsExactlyInAnyOrder(
            tuple(8L, "Wood Corner Ltd", true), tuple(9L, "Gone Ltd", false));
    assertThat(mirror.suppliers.findByOdooId(8).orElseThrow().id()).isEqualTo(woodCorner);
    assertThat(mirror.prices.findByOdooId(6).orElseThrow().price().amount())
        .isEqualByComparingTo("1199");
    assertThat(mirror.prices.findByOdooId(7).orElseThrow().isActive()).isFalse();
    assertThat(mirror.products.findByOdooId(24).orElseThrow().isActive()).isFalse();

    var third =
        refresh.replaceAll(List.of(FakeOdoo.vendor(8, "Wood Corner Ltd")), List.of(), List.of());
    assertThat(third.report().deactivated())
        .as("already inactive ones are not counted")
        .isEqualTo(2);
  }

  @Test
  void recordsTheMirrorCannotTakeAreReportedByModelWithTheirReason() {
    var outcome =
        refresh.replaceAll(
            List.of(
                FakeOdoo.vendor(8, "Wood Corner"),
                new SupplierRecord(9, " ", null, null, true, 1, true, FakeOdoo.WRITTEN)),
            List.of(
                FakeOdoo.product(23, "Large Desk"),
                new ProductRecord(
                    24,
                    24,
                    "",
                    null,
                    "Units",
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    true,
                    true,
                    FakeOdoo.WRITTEN)),
            List.of(FakeOdoo.price(6, 8, 25, "1", "10.0")));

    assertThat(outcome.report().skipped())
        .extracting(SkippedRecord::model, SkippedRecord::odooId)
        .containsExactly(
            tuple(SkippedRecordLog.SUPPLIER, 9L),
            tuple(SkippedRecordLog.PRODUCT, 24L),
            tuple(SkippedRecordLog.PRICE, 6L));
    assertThat(outcome.report().skipped().get(0).reason()).contains("name");
    assertThat(outcome.report().skipped().get(2).reason()).contains("product.product 25");
    assertThat(outcome.report().suppliers()).isEqualTo(1);
    assertThat(outcome.report().products()).isEqualTo(1);
    assertThat(outcome.report().prices()).isZero();
  }
}
