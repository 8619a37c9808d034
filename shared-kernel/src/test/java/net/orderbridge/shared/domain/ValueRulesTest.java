package net.orderbridge.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The orderings and the refusals of the value objects that their own tests leave aside. */
class ValueRulesTest {

  @Test
  void amountsOfOneCurrencyAreOrderedByValueWhateverTheirScale() {
    assertThat(Money.of("9.99", "EUR")).isLessThan(Money.of("10", "EUR"));
    assertThat(Money.of("10.00", "EUR").compareTo(Money.of("10", "EUR"))).isZero();
    assertThat(Money.of("1", "EUR").isIn(CurrencyCode.of("EUR"))).isTrue();
    assertThat(Money.of("1", "EUR").isIn(CurrencyCode.of("USD"))).isFalse();
  }

  @Test
  void quantitiesAreOrderedAndWrittenWithoutExponentOrTrailingZeros() {
    assertThat(Quantity.of("2.50")).isGreaterThan(Quantity.of("2.4")).hasToString("2.5");
    assertThat(Quantity.of("1E+3")).hasToString("1000");
    assertThat(Quantity.of(3).compareTo(Quantity.of("3.000"))).isZero();
  }

  @Test
  void limitsThatCouldHoldNothingAreRefused() {
    assertThatThrownBy(() -> new TextLimit(0, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLength");
    assertThatThrownBy(() -> new DigitLimit(0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0/2");
    assertThatThrownBy(() -> new DigitLimit(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DigitLimit(50, 11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPageCannotHoldMoreItemsThanItsTotal() {
    assertThatThrownBy(() -> new Page<>(List.of("a", "b"), 1, PageRequest.first(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total 1");
  }
}
