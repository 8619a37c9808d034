package net.orderbridge.supplier.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.error.ApplicationProblem;
import org.junit.jupiter.api.Test;

class ProductTest {
  private static final Instant T0 = Instant.parse("2026-11-26T12:11:48Z");

  private static ProductDetails details(long template, String name) {
    return new ProductDetails(
        template, name, "DESK-1", "Units", BigDecimal.TEN, BigDecimal.ONE, true, true, T0);
  }

  @Test
  void aProductIsOneRecordByItsLocalId() {
    ProductId id = ProductId.random();
    Product desk = Product.mirror(id, 12, details(3, "Desk"), T0);

    assertThat(desk).isEqualTo(Product.mirror(id, 13, details(4, "Table"), T0));
    assertThat(desk).hasSameHashCodeAs(Product.mirror(id, 13, details(4, "Table"), T0));
    assertThat(desk).isNotEqualTo(Product.mirror(ProductId.random(), 12, details(3, "Desk"), T0));
    assertThat(desk).isNotEqualTo("Desk");
  }

  @Test
  void aProductWithoutANameOrTemplateIsRefused() {
    assertThatThrownBy(() -> details(3, " "))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("name"));
    assertThatThrownBy(() -> details(0, "Desk"))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("templateOdooId"));
  }

  @Test
  void aMirroredProductReadsAsOdooSentIt() {
    ProductId id = ProductId.random();
    Product desk =
        Product.mirror(
            id,
            12,
            new ProductDetails(
                3,
                "Desk",
                "DESK-1",
                "Units",
                new BigDecimal("80.5"),
                BigDecimal.TEN,
                true,
                true,
                T0),
            T0);
    Product plain =
        Product.mirror(
            ProductId.random(),
            13,
            new ProductDetails(
                4, "Top", null, "m", BigDecimal.ONE, BigDecimal.ONE, false, true, T0),
            T0);

    assertThat(desk.id()).isEqualTo(id);
    assertThat(desk.templateOdooId()).isEqualTo(3);
    assertThat(desk.name()).isEqualTo("Desk");
    assertThat(desk.defaultCode()).contains("DESK-1");
    assertThat(desk.uom()).isEqualTo("Units");
    assertThat(desk.standardPrice()).isEqualByComparingTo("80.5");
    assertThat(desk.listPrice()).isEqualByComparingTo("10");
    assertThat(desk.isPurchasable()).isTrue();
    assertThat(plain.isPurchasable()).isFalse();
    assertThat(plain.defaultCode()).isEmpty();
  }
}
