package net.orderbridge.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void aNegativeQuantityIsRefused() {
    assertThatThrownBy(() -> Quantity.of("-0.5"))
        .isInstanceOfSatisfying(
            ApplicationProblem.class,
            p -> {
              assertThat(p.type()).isEqualTo(ProblemType.UNPROCESSABLE);
              assertThat(p.field()).isEqualTo("quantity");
            });
  }

  @Test
  void zeroIsAllowedButNotPositive() {
    assertThat(Quantity.of(0).isPositive()).isFalse();
    assertThat(Quantity.of("0.001").isPositive()).isTrue();
  }

  @Test
  void trailingZerosDoNotCount() {
    assertThat(Quantity.of("5.000")).isEqualTo(Quantity.of(5));
    assertThat(new Quantity(new BigDecimal("1E+2"))).isEqualTo(Quantity.of(100));
    assertThat(Quantity.of(100).value()).scale().isEqualTo(0);
  }

  @Test
  void quantitiesAdd() {
    assertThat(Quantity.of("1.5").add(Quantity.of("2.5"))).isEqualTo(Quantity.of(4));
  }

  @Test
  void aNullQuantityIsRefused() {
    assertThatThrownBy(() -> new Quantity(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aHugeExponentIsRefusedBeforeItIsExpanded() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5), // a guard against expanding the value, not a speed goal
        () ->
            assertThatThrownBy(() -> new Quantity(new BigDecimal("1e20000000")))
                .isInstanceOfSatisfying(
                    ApplicationProblem.class,
                    p -> {
                      assertThat(p.type()).isEqualTo(ProblemType.INVALID_INPUT);
                      assertThat(p.field()).isEqualTo("quantity");
                    }));
  }
}
