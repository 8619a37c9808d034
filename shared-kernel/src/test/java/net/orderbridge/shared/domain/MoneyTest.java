package net.orderbridge.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final CurrencyCode EUR = CurrencyCode.of("EUR");

  @Test
  void anAmountKeepsAtLeastTheCurrencysDecimals() {
    assertThat(Money.of("10", "EUR").amount()).isEqualByComparingTo("10").scale().isEqualTo(2);
    assertThat(Money.of("5", "JPY").amount()).scale().isEqualTo(0);
    assertThat(Money.of("1", "KWD").amount()).scale().isEqualTo(3);
  }

  @Test
  void significantExtraDecimalsOfAUnitPriceAreKept() {
    assertThat(Money.of("0.125", "EUR").amount()).isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void equalAmountsAreEqualWhateverTheirScale() {
    assertThat(Money.of("10.5", "EUR")).isEqualTo(Money.of("10.5000", "EUR"));
    assertThat(Money.of("100", "EUR")).isEqualTo(new Money(new BigDecimal("1E+2"), EUR));
  }

  @Test
  void moneyRefusesANullCurrency() {
    assertThatThrownBy(() -> new Money(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency");
  }

  @Test
  void moneyRefusesANullAmount() {
    assertThatThrownBy(() -> new Money(null, EUR)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void addingSumsAmountsOfOneCurrency() {
    assertThat(Money.of("10.10", "EUR").add(Money.of("0.95", "EUR")))
        .isEqualTo(Money.of("11.05", "EUR"));
  }

  @Test
  void addingRefusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "EUR").add(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
  }

  @Test
  void comparingRefusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void multiplyingIsExactAndRoundingIsHalfUpToTheMinorUnit() {
    Money product = Money.of("0.125", "EUR").multiply(Quantity.of("3"));
    assertThat(product.amount()).isEqualTo(new BigDecimal("0.375"));
    assertThat(product.rounded()).isEqualTo(Money.of("0.38", "EUR"));
    assertThat(Money.of("0.125", "EUR").rounded()).isEqualTo(Money.of("0.13", "EUR"));
  }

  @Test
  void zeroIsNotNegativeAndMinusOneIs() {
    assertThat(Money.zero(EUR).isNegative()).isFalse();
    assertThat(Money.of("-1", "EUR").isNegative()).isTrue();
  }

  @Test
  void anUnknownCurrencyIsRefusedAsUnprocessable() {
    assertThatThrownBy(() -> CurrencyCode.of("XYZ"))
        .isInstanceOfSatisfying(
            ApplicationProblem.class,
            p -> {
              assertThat(p.type()).isEqualTo(ProblemType.UNPROCESSABLE);
              assertThat(p.field()).isEqualTo("currency");
            });
    assertThatThrownBy(() -> CurrencyCode.of("eur")).isInstanceOf(ApplicationProblem.class);
  }

  @Test
  void moneyPrintsAmountAndCurrency() {
    assertThat(Money.of("12.5", "EUR")).hasToString("12.50 EUR");
  }

  @Test
  void aTinyOrHugeExponentIsRefusedBeforeTheScaleIsSet() {
    for (String hostile : new String[] {"1e-20000000", "1e20000000"}) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(5), // a guard against expanding the value, not a speed goal
          () ->
              assertThatThrownBy(() -> new Money(new BigDecimal(hostile), EUR))
                  .isInstanceOfSatisfying(
                      ApplicationProblem.class,
                      p -> {
                        assertThat(p.type()).isEqualTo(ProblemType.INVALID_INPUT);
                        assertThat(p.field()).isEqualTo("amount");
                      }));
    }
  }
}
