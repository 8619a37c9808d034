package net.orderbridge.it;

import net.orderbridge.simulator.OdooSimulator;

/**
 * The Odoo of the integration tests: one simulator in the test JVM, on the fixed port the test
 * server was configured with ({@code ODOO_URL} in its {@code jvm.options}), playing the Odoo
 * version of {@code orderbridge.it.odoo.version} (default 19.0). Tests reach into it to check what
 * arrived.
 */
public final class ItOdoo {
  public static final String API_KEY = "it-odoo-api-key";
  private static OdooSimulator simulator;

  private ItOdoo() {}

  public static synchronized OdooSimulator simulator() {
    if (simulator == null) {
      int port = Integer.getInteger("orderbridge.it.odoo.port", 18069);
      simulator =
          OdooSimulator.builder()
              .port(port)
              .db("odoo")
              .login("admin")
              .password("admin")
              .apiKey(API_KEY)
              .version(System.getProperty("orderbridge.it.odoo.version", "19.0"))
              .build()
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop));
    }
    return simulator;
  }
}
