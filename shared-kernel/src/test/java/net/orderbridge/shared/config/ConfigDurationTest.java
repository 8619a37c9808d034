package net.orderbridge.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigDurationTest {
  @Test
  void acceptsIso8601() {
    assertThat(ConfigDuration.parse("sync.pull.interval", " PT30S "))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(ConfigDuration.parse("sync.outbox.retention", "P7D")).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void acceptsWholeSeconds() {
    assertThat(ConfigDuration.parse("ODOO_READ_TIMEOUT", "130")).isEqualTo(Duration.ofSeconds(130));
  }

  @Test
  void aBadValueNamesTheKeyAndTheValue() {
    assertThatThrownBy(() -> ConfigDuration.parse("ODOO_READ_TIMEOUT", "30s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ODOO_READ_TIMEOUT")
        .hasMessageContaining("'30s'");
    assertThatThrownBy(() -> ConfigDuration.parse("ODOO_READ_TIMEOUT", "99999999999999999999"))
        .hasMessageContaining("ODOO_READ_TIMEOUT");
  }

  @Test
  void theConverterOfMicroProfileConfigTakesBothAndPassesEmptyAsMissing() {
    DurationConverter converter = new DurationConverter();
    assertThat(converter.convert("PT5S")).isEqualTo(Duration.ofSeconds(5));
    assertThat(converter.convert("5")).isEqualTo(Duration.ofSeconds(5));
    assertThat(converter.convert(" ")).isNull();
    assertThatThrownBy(() -> converter.convert("5 minutes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'5 minutes'");
  }

  @Test
  void theConverterIsRegisteredForTheWholeApplication() throws Exception {
    try (var in =
        getClass()
            .getResourceAsStream(
                "/META-INF/services/org.eclipse.microprofile.config.spi.Converter")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
          .isEqualTo(DurationConverter.class.getName());
    }
  }
}
