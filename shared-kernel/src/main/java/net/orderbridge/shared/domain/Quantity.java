package net.orderbridge.shared.domain;

import java.math.BigDecimal;
import java.util.Objects;
import net.orderbridge.shared.error.ApplicationProblem;

/**
 * A non-negative amount of some unit (Odoo's {@code product_qty} in the line's unit of measure).
 * Trailing zeros do not count: {@code 5} and {@code 5.000} are equal. A value whose arithmetic
 * could not be cheap ({@code 1e20000000}) is refused before any ({@link
 * DigitLimit#requireTractable}).
 */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

  public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

  public Quantity {
    DigitLimit.requireTractable(Objects.requireNonNull(value, "value"), "quantity");
    if (value.signum() < 0) {
      throw ApplicationProblem.invalid("quantity", "a quantity cannot be negative: " + value);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public static Quantity of(String value) {
    return new Quantity(new BigDecimal(value));
  }

  public static Quantity of(long value) {
    return new Quantity(BigDecimal.valueOf(value));
  }

  public boolean isPositive() {
    return value.signum() > 0;
  }

  public Quantity add(Quantity other) {
    return new Quantity(value.add(other.value));
  }

  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
