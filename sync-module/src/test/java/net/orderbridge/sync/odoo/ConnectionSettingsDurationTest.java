package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Odoo timeouts are read in the configuration's one duration format. */
class ConnectionSettingsDurationTest {
  private final Map<String, String> env =
      new HashMap<>(
          Map.of(
              "ODOO_URL", "https://odoo.example.com",
              "ODOO_DB", "prod",
              "ODOO_USERNAME", "sync@example.com",
              "ODOO_API_KEY", "k"));

  @Test
  void wholeSecondsAndIso8601() {
    env.put("ODOO_CONNECT_TIMEOUT", "7");
    env.put("ODOO_READ_TIMEOUT", "PT2M");
    OdooConnectionSettings settings = OdooConnectionSettings.fromLookup(this::lookup);
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void aBadTimeoutNamesItsKey() {
    env.put("ODOO_READ_TIMEOUT", "soon");
    assertThatThrownBy(() -> OdooConnectionSettings.fromLookup(this::lookup))
        .hasMessageContaining("ODOO_READ_TIMEOUT")
        .hasMessageContaining("'soon'");
  }

  private Optional<String> lookup(String key) {
    return Optional.ofNullable(env.get(key));
  }
}
