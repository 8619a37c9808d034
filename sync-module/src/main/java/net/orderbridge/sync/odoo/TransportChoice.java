package net.orderbridge.sync.odoo;

import java.util.Locale;

/** Which protocol to speak to Odoo; {@code ODOO_TRANSPORT} = {@code auto|xmlrpc|json2}. */
public enum TransportChoice {
  /** JSON-2 when the server is 19 or newer, XML-RPC before (asked once at start-up). */
  AUTO,
  /** {@code /xmlrpc/2}: Odoo 16-21; deprecated since 19, scheduled to go in Odoo 22. */
  XMLRPC,
  /** {@code /json/2}: Odoo 19+; needs an API key. */
  JSON2;

  public static TransportChoice parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "ODOO_TRANSPORT must be auto, xmlrpc or json2, not '" + text + "'", e);
    }
  }
}
