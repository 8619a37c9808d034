package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
  void theConnectionSettingsUseIt() {
    Map<String, String> env =
        Map.of(
            "ODOO_URL", "https://odoo.example.com",
            "ODOO_DB", "prod",
            "ODOO_USERNAME", "sync@example.com",
            "ODOO_API_KEY", "k",
            "ODOO_CONNECT_TIMEOUT", "7",
            "ODOO_READ_TIMEOUT", "soon");
    assertThatThrownBy(
            () -> OdooConnectionSettings.fromLookup(k -> Optional.ofNullable(env.get(k))))
        .hasMessageContaining("ODOO_READ_TIMEOUT")
        .hasMessageContaining("'soon'");
  }
}
