package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OdooSettingsAtStartTest {
  private static Map<String, String> valid() {
    Map<String, String> settings = new HashMap<>();
    settings.put("ODOO_URL", "https://erp.example.com");
    settings.put("ODOO_DB", "pharmacy");
    settings.put("ODOO_USERNAME", "integration@example.com");
    settings.put("ODOO_API_KEY", "key-that-must-never-be-logged");
    return settings;
  }

  private static void verify(Map<String, String> settings) {
    OdooSettingsAtStart.verify(key -> Optional.ofNullable(settings.get(key)));
  }

  @Test
  void aWorkableConfigurationStarts() {
    assertThatCode(() -> verify(valid())).doesNotThrowAnyException();
  }

  @Test
  void bothAnApiKeyAndAPasswordStopTheStartWithTheReasonAndNoSecret() {
    Map<String, String> both = valid();
    both.put("ODOO_PASSWORD", "password-that-must-never-be-logged");
    assertThatThrownBy(() -> verify(both))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not start")
        .hasMessageContaining("set exactly one of ODOO_API_KEY_FILE, ODOO_API_KEY, ODOO_PASSWORD")
        .hasMessageNotContaining("never-be-logged");
  }

  @Test
  void aMissingUrlStopsTheStart() {
    Map<String, String> noUrl = valid();
    noUrl.remove("ODOO_URL");
    assertThatThrownBy(() -> verify(noUrl)).hasMessageContaining("ODOO_URL is not set");
  }
}
