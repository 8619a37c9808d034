package net.orderbridge.sync.odoo.transport;

import java.util.Optional;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooConnectionSettings;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooSecret;
import net.orderbridge.sync.odoo.OdooServerVersion;
import net.orderbridge.sync.odoo.TransportChoice;
import net.orderbridge.sync.odoo.json2.Json2OdooClient;
import net.orderbridge.sync.odoo.xmlrpc.XmlRpcOdooClient;

/**
 * Picks the transport once, at start-up. With {@link TransportChoice#AUTO} it asks {@code GET
 * /json/version}: a 19+ server gets JSON-2 (XML-RPC is deprecated there and goes in Odoo 22), an
 * older one (no such route: 404) gets XML-RPC. A password, unlike an API key, only works over
 * XML-RPC.
 */
public final class OdooClientFactory {
  static final int FIRST_JSON2_MAJOR = 19;

  private OdooClientFactory() {}

  public static OdooClient create(OdooConnectionSettings settings) {
    OdooHttp http = new OdooHttp(settings);
    return switch (chooseTransport(http)) {
      case JSON2 -> new Json2OdooClient(http);
      default -> new XmlRpcOdooClient(http);
    };
  }

  /** The transport to use: the configured one, or the one the server's version calls for. */
  public static TransportChoice chooseTransport(OdooHttp http) {
    OdooConnectionSettings settings = http.settings();
    if (settings.transport() != TransportChoice.AUTO
        || settings.secret().kind() == OdooSecret.Kind.PASSWORD) {
      return transportFor(settings, Optional.empty());
    }
    return transportFor(settings, Json2OdooClient.probeVersion(http));
  }

  /** The transport for a server of this version (empty: unknown), without asking the server. */
  public static TransportChoice transportFor(
      OdooConnectionSettings settings, Optional<OdooServerVersion> version) {
    if (settings.transport() != TransportChoice.AUTO) {
      return settings.transport();
    }
    if (settings.secret().kind() == OdooSecret.Kind.PASSWORD) {
      return TransportChoice.XMLRPC;
    }
    return version.isPresent() && version.get().major() >= FIRST_JSON2_MAJOR
        ? TransportChoice.JSON2
        : TransportChoice.XMLRPC;
  }
}
