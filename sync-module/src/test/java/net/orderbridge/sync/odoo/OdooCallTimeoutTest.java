package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fault-tolerance timeout of Odoo calls follows the read timeout, with a margin. */
class OdooCallTimeoutTest {

  @Test
  void theDefaultReadTimeoutGivesTheAnnotationsValue() {
    assertThat(OdooCallTimeout.seconds(Optional.empty())).isEqualTo(150);
    assertThat(OdooCallTimeout.seconds(Optional.of(" "))).isEqualTo(150);
  }

  @Test
  void aShorterOrLongerReadTimeoutMovesItInEitherFormat() {
    assertThat(OdooCallTimeout.seconds(Optional.of("PT40S"))).isEqualTo(60);
    assertThat(OdooCallTimeout.seconds(Optional.of("300"))).isEqualTo(320);
    assertThat(OdooCallTimeout.seconds(Optional.of("PT0.5S"))).as("rounded up").isEqualTo(21);
  }

  @Test
  void aMalformedReadTimeoutNamesItsKey() {
    assertThatThrownBy(() -> OdooCallTimeout.seconds(Optional.of("soon")))
        .hasMessageContaining("ODOO_READ_TIMEOUT");
  }

  @Test
  void itAnswersOnlyForTheGatewaysTimeoutAndRanksBelowTheEnvironment() {
    OdooCallTimeout source = new OdooCallTimeout();

    assertThat(source.getValue("ODOO_READ_TIMEOUT")).isNull();
    assertThat(source.getPropertyNames())
        .containsExactly("net.orderbridge.sync.odoo.OdooGateway/Timeout/value");
    assertThat(source.getOrdinal()).isBetween(101, 299);
  }
}
