package net.orderbridge.shared.domain;

import java.math.BigDecimal;
import java.util.Objects;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * How many digits a decimal may have before and after its point. {@link #check} looks only at the
 * digits as written (the unscaled value's bit length, the scale), never at the value, so {@code
 * 1e20000000} or a 5,000-digit number is refused in microseconds instead of being expanded into
 * millions of digits by the first {@code setScale}, {@code add} or {@code multiply}. Trailing zeros
 * do not count ({@code 2.500} has one decimal).
 *
 * @param integerDigits most digits before the point
 * @param decimals most significant digits after the point
 */
public record DigitLimit(int integerDigits, int decimals) {

  /** Most digits a number may be written with at all, trailing zeros included. */
  public static final int MAX_WRITTEN_DIGITS = 60;

  /** Bits of an unscaled value of {@value #MAX_WRITTEN_DIGITS} decimal digits. */
  private static final int MAX_UNSCALED_BITS = 200;

  private static final int MAX_TRACTABLE_BITS = 1330;
  private static final int MIN_TRACTABLE_SCALE = -100;
  private static final int MAX_TRACTABLE_SCALE = 200;

  public DigitLimit {
    if (integerDigits < 1 || decimals < 0 || integerDigits + decimals > MAX_WRITTEN_DIGITS) {
      throw new IllegalArgumentException(
          "a digit limit needs 1+ integer digits, 0+ decimals, at most "
              + MAX_WRITTEN_DIGITS
              + " in all: "
              + integerDigits
              + "/"
              + decimals);
    }
  }

  /**
   * Refuses a value with more digits than this limit allows, as {@code 400} naming {@code field}.
   *
   * @return the value, unchanged
   */
  public BigDecimal check(BigDecimal value, String field) {
    Objects.requireNonNull(value, "value");
    if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      throw refused(field, "has more than " + MAX_WRITTEN_DIGITS + " digits");
    }
    BigDecimal significant = value.stripTrailingZeros();
    long before = (long) significant.precision() - significant.scale();
    if (before > integerDigits) {
      throw refused(field, "is too large: at most " + integerDigits + " digits before the point");
    }
    if (significant.scale() > decimals) {
      throw refused(
          field,
          decimals == 0
              ? "must be a whole number"
              : "has too many decimals: at most " + decimals + " after the point");
    }
    return value;
  }

  /**
   * Refuses, as {@code 400} naming {@code field}, a value whose arithmetic could not be cheap: more
   * than about 400 digits, or a point more than 100 places right or 200 places left of them. Value
   * objects guard themselves with it, so that no path (a client, Odoo, the cache) can hand them a
   * number whose first {@code setScale} fills the heap; the limits a client's input has are far
   * narrower and checked with {@link #check}.
   *
   * @return the value, unchanged
   */
  public static BigDecimal requireTractable(BigDecimal value, String field) {
    Objects.requireNonNull(value, "value");
    if (value.unscaledValue().bitLength() > MAX_TRACTABLE_BITS
        || value.scale() < MIN_TRACTABLE_SCALE
        || value.scale() > MAX_TRACTABLE_SCALE) {
      throw refused(field, "is out of range");
    }
    return value;
  }

  private static ApplicationProblem refused(String field, String why) {
    return new ApplicationProblem(ProblemType.INVALID_INPUT, field, field + " " + why);
  }
}
