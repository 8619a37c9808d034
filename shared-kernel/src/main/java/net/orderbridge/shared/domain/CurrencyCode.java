package net.orderbridge.shared.domain;

import java.util.Currency;
import java.util.Objects;
import net.orderbridge.shared.error.ApplicationProblem;

/**
 * An ISO 4217 currency code such as {@code EUR}. Refuses codes the JDK does not know.
 *
 * <p>The number of decimals comes from ISO 4217. Odoo's {@code res.currency} has its own rounding
 * (usually the same); a mapper that meets a differing rounding should say so, not round silently.
 */
public record CurrencyCode(String value) {

  public CurrencyCode {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[A-Z]{3}")) {
      throw ApplicationProblem.invalid("currency", "not an ISO 4217 currency code: " + value);
    }
    try {
      Currency.getInstance(value);
    } catch (IllegalArgumentException unknown) {
      throw ApplicationProblem.invalid("currency", "unknown currency: " + value);
    }
  }

  public static CurrencyCode of(String value) {
    return new CurrencyCode(value);
  }

  /** Decimals of the currency's minor unit: 2 for EUR, 0 for JPY, 3 for KWD. */
  public int fractionDigits() {
    return Math.max(0, Currency.getInstance(value).getDefaultFractionDigits());
  }

  @Override
  public String toString() {
    return value;
  }
}
