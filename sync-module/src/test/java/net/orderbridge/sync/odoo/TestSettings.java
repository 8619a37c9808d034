package net.orderbridge.sync.odoo;

import java.net.URI;
import java.time.Duration;

/** Settings pointing at a local test server, with a recognisable API key. */
public final class TestSettings {
  public static final String API_KEY = "k3y-54ba2960b12fdf490d3a85e530b86234";

  private TestSettings() {}

  public static OdooConnectionSettings forServer(URI url, TransportChoice transport) {
    return new OdooConnectionSettings(
        url,
        "odoo_acc",
        "admin",
        new OdooSecret(OdooSecret.Kind.API_KEY, API_KEY),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        transport);
  }

  public static OdooConnectionSettings withReadTimeout(URI url, Duration readTimeout) {
    OdooConnectionSettings s = forServer(url, TransportChoice.XMLRPC);
    return new OdooConnectionSettings(
        s.url(), s.db(), s.username(), s.secret(), s.connectTimeout(), readTimeout, s.transport());
  }
}
