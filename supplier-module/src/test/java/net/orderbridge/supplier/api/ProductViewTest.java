package net.orderbridge.supplier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import org.junit.jupiter.api.Test;

class ProductViewTest {
  private final SupplierId gemini = SupplierId.random();
  private final SupplierId other = SupplierId.random();

  private SupplierPriceView line(
      long id, SupplierId supplier, String min, String price, boolean active) {
    return new SupplierPriceView(
        id, supplier, Quantity.of(min), Money.of(price, "EUR"), 3, "Units", active);
  }

  private ProductView productWith(SupplierPriceView... lines) {
    return new ProductView(
        ProductId.random(),
        1,
        "Desk",
        null,
        "Units",
        BigDecimal.ONE,
        BigDecimal.ONE,
        true,
        true,
        List.of(lines),
        Instant.now(),
        false);
  }

  @Test
  void theHighestMinimumNotAboveTheQuantityWins() {
    ProductView desk =
        productWith(
            line(1, gemini, "0", "10", true),
            line(2, gemini, "10", "9", true),
            line(3, gemini, "100", "8", true),
            line(4, other, "5", "1", true));

    assertThat(desk.priceFor(gemini, Quantity.of(50))).contains(Money.of("9", "EUR"));
    assertThat(desk.priceFor(gemini, Quantity.of(100))).contains(Money.of("8", "EUR"));
    assertThat(desk.priceFor(gemini, Quantity.of(1))).contains(Money.of("10", "EUR"));
  }

  @Test
  void belowEveryMinimumOrArchivedThereIsNoPrice() {
    ProductView desk =
        productWith(line(1, gemini, "10", "9", true), line(2, gemini, "1", "5", false));

    assertThat(desk.priceFor(gemini, Quantity.of(5))).isEmpty();
    assertThat(desk.priceFor(other, Quantity.of(50))).isEmpty();
  }

  @Test
  void onATieTheCheaperLineWins() {
    ProductView desk =
        productWith(line(1, gemini, "10", "9", true), line(2, gemini, "10", "7", true));

    assertThat(desk.priceFor(gemini, Quantity.of(10))).contains(Money.of("7", "EUR"));
  }
}
