package net.orderbridge.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitLimitTest {
  private static final DigitLimit QUANTITY = new DigitLimit(13, 2);

  private static void refused(Runnable check, String field, String reason) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(
            ApplicationProblem.class,
            p -> {
              assertThat(p.type()).isEqualTo(ProblemType.INVALID_INPUT);
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.getMessage()).contains(reason);
            });
  }

  @Test
  void valuesWithinTheLimitPassUnchanged() {
    BigDecimal value = new BigDecimal("9999999999999.99");
    assertThat(QUANTITY.check(value, "q")).isSameAs(value);
    assertThat(QUANTITY.check(new BigDecimal("2.500000"), "q")).isEqualByComparingTo("2.5");
    assertThat(QUANTITY.check(new BigDecimal("1E+12"), "q")).isEqualByComparingTo("1E+12");
    assertThat(QUANTITY.check(new BigDecimal("0E+20000000"), "q")).isEqualByComparingTo("0");
  }

  @Test
  void tooManyDigitsBeforeThePointAreRefused() {
    refused(() -> QUANTITY.check(new BigDecimal("10000000000000"), "q"), "q", "too large");
  }

  @Test
  void moreDecimalsThanThePrecisionAreRefusedNotRounded() {
    refused(() -> QUANTITY.check(new BigDecimal("1.005"), "q"), "q", "at most 2 after");
    refused(() -> new DigitLimit(9, 0).check(new BigDecimal("1.5"), "n"), "n", "whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e20000000", "1e-20000000", "1E+2147483647", "1E-2147483647"})
  void hugeExponentsAreRefusedWithoutExpandingThem(String written) {
    BigDecimal hostile = new BigDecimal(written);
    // a guard against expanding the value (minutes, or out of memory, for 1E+2147483647), not a
    // speed goal: 500 ms failed on a loaded machine
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          refused(() -> QUANTITY.check(hostile, "lines[0].quantity"), "lines[0].quantity", "");
          refused(() -> DigitLimit.requireTractable(hostile, "amount"), "amount", "out of range");
        });
  }

  @Test
  void fiveThousandDigitsAreRefusedAtOnce() {
    BigDecimal hostile = new BigDecimal("7".repeat(5000) + "." + "3".repeat(5000));
    // a guard against expanding the value (minutes, or out of memory, for 1E+2147483647), not a
    // speed goal: 500 ms failed on a loaded machine
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> refused(() -> QUANTITY.check(hostile, "q"), "q", "more than 60 digits"));
  }
}
