package net.orderbridge.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in one currency. Never a {@code double}.
 *
 * <p>Scale rules: the amount keeps at least the currency's decimals ({@code 10 EUR} is {@code 10.00
 * EUR}) and any further significant decimals a unit price needs ({@code 0.125 EUR}), so two equal
 * amounts are {@code equals} whatever scale they were written with. {@link #multiply} is exact;
 * {@link #rounded()} rounds half-up to the currency's minor unit, as Odoo's {@code float_round}
 * does for line subtotals. Amounts in different currencies never mix. An amount whose arithmetic
 * could not be cheap ({@code 1e-20000000}) is refused before any ({@link
 * DigitLimit#requireTractable}).
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {

  public Money {
    DigitLimit.requireTractable(Objects.requireNonNull(amount, "amount"), "amount");
    Objects.requireNonNull(currency, "currency");
    amount = normalised(amount, currency);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), CurrencyCode.of(currency));
  }

  public static Money zero(CurrencyCode currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money add(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** The exact product; call {@link #rounded()} for an amount that can be charged. */
  public Money multiply(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return new Money(amount.multiply(factor), currency);
  }

  public Money multiply(Quantity quantity) {
    return multiply(quantity.value());
  }

  /** This amount rounded half-up to the currency's minor unit. */
  public Money rounded() {
    return new Money(amount.setScale(currency.fractionDigits(), RoundingMode.HALF_UP), currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isIn(CurrencyCode other) {
    return currency.equals(other);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot mix currencies: " + currency + " and " + other.currency);
    }
  }

  private static BigDecimal normalised(BigDecimal amount, CurrencyCode currency) {
    int significant = amount.stripTrailingZeros().scale();
    return amount.setScale(
        Math.max(currency.fractionDigits(), significant), RoundingMode.UNNECESSARY);
  }
}
