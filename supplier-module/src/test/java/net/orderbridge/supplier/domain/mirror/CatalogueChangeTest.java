package net.orderbridge.supplier.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.domain.price.PriceTerms;
import net.orderbridge.supplier.domain.price.SupplierPrice;
import net.orderbridge.supplier.domain.price.SupplierPriceId;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.product.ProductDetails;
import org.junit.jupiter.api.Test;

class CatalogueChangeTest {
  private static final Instant T0 = Instant.parse("2026-11-26T12:11:48Z");

  private static ProductDetails desk(String cost) {
    return new ProductDetails(
        3, "Desk", null, "Units", new BigDecimal(cost), BigDecimal.ONE, true, true, T0);
  }

  @Test
  void aRecordSeenForTheFirstTimeIsAddedWithEveryValue() {
    Product product = Product.mirror(ProductId.random(), 12, desk("10.00"), T0);

    CatalogueChange added =
        CatalogueChange.between(
                "full refresh", "product.product", 12, null, product.auditedValues(), T0)
            .orElseThrow();

    assertThat(added.kind()).isEqualTo(CatalogueChange.ADDED);
    assertThat(added.source()).isEqualTo("full refresh");
    assertThat(added.model()).isEqualTo("product.product");
    assertThat(added.odooId()).isEqualTo(12);
    assertThat(added.occurredAt()).isEqualTo(T0);
    assertThat(added.changes())
        .extracting(Object::toString)
        .containsExactly(
            "template: null -> 3",
            "name: null -> Desk",
            "uom: null -> Units",
            "standardPrice: null -> 10",
            "listPrice: null -> 1",
            "purchasable: null -> true",
            "active: null -> true");
  }

  @Test
  void aRefreshListsOnlyTheFieldsThatDifferAndNothingWhenNoneDoes() {
    Product product = Product.mirror(ProductId.random(), 12, desk("10.00"), T0);
    Map<String, String> before = product.auditedValues();

    product.refresh(desk("10"), T0);
    assertThat(
            CatalogueChange.between(
                "record refresh", "product.product", 12, before, product.auditedValues(), T0))
        .isEmpty();

    product.refresh(desk("12.50"), T0);
    CatalogueChange changed =
        CatalogueChange.between(
                "record refresh", "product.product", 12, before, product.auditedValues(), T0)
            .orElseThrow();
    assertThat(changed.kind()).isEqualTo(CatalogueChange.CHANGED);
    assertThat(changed.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("standardPrice");
              assertThat(c.before()).isEqualTo("10");
              assertThat(c.after()).isEqualTo("12.5");
            });
  }

  @Test
  void aRecordOdooStopsReturningIsRemovedAndComingBackIsAChange() {
    SupplierPrice price =
        SupplierPrice.mirror(
            SupplierPriceId.random(),
            40,
            new PriceTerms(
                SupplierId.random(),
                null,
                7,
                Quantity.of(0),
                Money.of("5", "EUR"),
                2,
                null,
                true,
                T0),
            T0);
    Map<String, String> held = price.auditedValues();
    assertThat(held).containsEntry("product", null).containsEntry("minQuantity", "0");

    price.markMissingFromOdoo(T0);
    Map<String, String> gone = price.auditedValues();
    CatalogueChange removed =
        CatalogueChange.between("full refresh", "product.supplierinfo", 40, held, gone, T0)
            .orElseThrow();
    CatalogueChange back =
        CatalogueChange.between("full refresh", "product.supplierinfo", 40, gone, held, T0)
            .orElseThrow();

    assertThat(removed.kind()).isEqualTo(CatalogueChange.REMOVED);
    assertThat(removed.changes())
        .extracting(Object::toString)
        .containsExactly("active: true -> false");
    assertThat(back.kind()).isEqualTo(CatalogueChange.CHANGED);
  }

  @Test
  void amountsDropTrailingZerosAndNoAmountStaysNone() {
    assertThat(CatalogueChange.plain(new BigDecimal("1299.000000"))).isEqualTo("1299");
    assertThat(CatalogueChange.plain(new BigDecimal("0.000"))).isEqualTo("0");
    assertThat(CatalogueChange.plain(null)).isNull();
  }

  @Test
  void aLongValueIsCutToWhatTheColumnHolds() {
    CatalogueChange change =
        CatalogueChange.between(
                "full refresh", "res.partner", 8, Map.of(), Map.of("name", "n".repeat(1001)), T0)
            .orElseThrow();

    assertThat(change.changes().get(0).after()).hasSize(1000);
    assertThat(change.changes().get(0).before()).isNull();
  }
}
