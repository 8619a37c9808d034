package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

/** The accuracies of your Odoo, configured, bound what a client may send; bad settings stop. */
class OrderInputLimitsTest {
  private static final ProductId PRODUCT = ProductId.random();

  @Test
  void aConfiguredAccuracyTakesMoreDecimalsAndRefusesOneMore() {
    OrderInputLimits limits = new OrderInputLimits(3, 4);

    assertThatCode(
            () ->
                limits.check(
                    null, List.of(line(new BigDecimal("1.125"), new BigDecimal("9.9999")))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> limits.check(null, List.of(line(new BigDecimal("1.1255"), null))))
        .isInstanceOfSatisfying(
            ApplicationProblem.class,
            p -> {
              assertThat(p.type()).isEqualTo(ProblemType.INVALID_INPUT);
              assertThat(p.field()).isEqualTo("lines[0].quantity");
            });
    assertThatThrownBy(() -> limits.check(null, List.of(line(null, new BigDecimal("9.99991")))))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("lines[0].unitPrice"));
  }

  @Test
  void moreDecimalsThanTheColumnsHoldOrANegativeCountIsARefusedSetting() {
    assertThatThrownBy(() -> new OrderInputLimits(7, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("odoo.decimals.quantity");
    assertThatThrownBy(() -> new OrderInputLimits(2, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("odoo.decimals.price");
    assertThatCode(() -> new OrderInputLimits(0, 6)).doesNotThrowAnyException();
  }

  @Test
  void anEmptyLineIsLeftToTheResolverAndTheNextLineIsStillChecked() {
    OrderInputLimits limits = OrderInputLimits.odooDefaults();

    assertThatThrownBy(
            () -> limits.check(null, Arrays.asList(null, line(new BigDecimal("1.001"), null))))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("lines[1].quantity"));
  }

  private static LineInput line(BigDecimal quantity, BigDecimal unitPrice) {
    return LineInput.newLine(PRODUCT, quantity, unitPrice, null);
  }
}
