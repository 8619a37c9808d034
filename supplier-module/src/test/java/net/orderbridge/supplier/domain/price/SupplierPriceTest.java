package net.orderbridge.supplier.domain.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import org.junit.jupiter.api.Test;

class SupplierPriceTest {
  private static final Instant T0 = Instant.parse("2026-11-26T12:11:48Z");
  private static final SupplierId SUPPLIER = SupplierId.random();

  private static PriceTerms terms(Long variant, String price, int delayDays) {
    return new PriceTerms(
        SUPPLIER,
        variant,
        7,
        Quantity.of(10),
        Money.of(price, "EUR"),
        delayDays,
        "Units",
        true,
        T0);
  }

  @Test
  void aPriceLineKeepsOdoosTermsAndIsOneRecordById() {
    SupplierPriceId id = SupplierPriceId.random();
    SupplierPrice price = SupplierPrice.mirror(id, 55, terms(70L, "12.50", 3), T0);

    assertThat(price.id()).isEqualTo(id);
    assertThat(price.odooId()).isEqualTo(55);
    assertThat(price.supplier()).isEqualTo(SUPPLIER);
    assertThat(price.productOdooId()).contains(70L);
    assertThat(price.templateOdooId()).isEqualTo(7);
    assertThat(price.minQuantity()).isEqualTo(Quantity.of(10));
    assertThat(price.price()).isEqualTo(Money.of("12.5", "EUR"));
    assertThat(price.delayDays()).isEqualTo(3);
    assertThat(price.uom()).contains("Units");
    assertThat(price.age(T0.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
    assertThat(price).isEqualTo(SupplierPrice.mirror(id, 56, terms(null, "1", 0), T0));
    assertThat(price).hasSameHashCodeAs(SupplierPrice.mirror(id, 56, terms(null, "1", 0), T0));
    assertThat(price)
        .isNotEqualTo(
            SupplierPrice.mirror(SupplierPriceId.random(), 55, terms(70L, "12.50", 3), T0));
    assertThat(id).hasToString(id.value().toString());
  }

  @Test
  void aLineForOneVariantPricesOnlyThatVariantAndATemplateLineAllItsVariants() {
    SupplierPrice variant =
        SupplierPrice.mirror(SupplierPriceId.random(), 55, terms(70L, "1", 0), T0);
    SupplierPrice template =
        SupplierPrice.mirror(SupplierPriceId.random(), 56, terms(null, "1", 0), T0);

    assertThat(variant.namesVariant()).isTrue();
    assertThat(variant.appliesTo(70, 7)).isTrue();
    assertThat(variant.appliesTo(71, 7)).isFalse();
    assertThat(template.namesVariant()).isFalse();
    assertThat(template.productOdooId()).isEmpty();
    assertThat(template.appliesTo(71, 7)).isTrue();
    assertThat(template.appliesTo(71, 8)).isFalse();
  }

  @Test
  void termsOdooCouldNotHaveMeantAreRefused() {
    assertThatThrownBy(() -> terms(70L, "-1", 0))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("price"));
    assertThatThrownBy(() -> terms(70L, "1", -1))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("delay"));
    assertThatThrownBy(
            () ->
                new PriceTerms(
                    SUPPLIER, null, 0, Quantity.ZERO, Money.of("1", "EUR"), 0, null, true, T0))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("templateOdooId"));
    assertThatThrownBy(
            () -> SupplierPrice.mirror(SupplierPriceId.random(), 0, terms(1L, "1", 0), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
