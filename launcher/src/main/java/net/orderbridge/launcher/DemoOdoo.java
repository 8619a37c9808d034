package net.orderbridge.launcher;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;
import net.orderbridge.simulator.OdooSimulator;

/**
 * The Odoo of the default run: the simulator, in this process, when {@code ODOO_URL} is unset. Its
 * data is kept beside the embedded database, in {@code .run/odoo-simulator/data.bin}, so that a
 * second run finds the orders, ids and {@code database.uuid} of the first (the bindings in the
 * embedded database name them); delete {@code .run} to start both afresh together.
 */
final class DemoOdoo implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DemoOdoo.class.getName());
  static final String DEMO_API_KEY = "orderbridge-demo-odoo-key";

  private final OdooSimulator simulator;

  private DemoOdoo(OdooSimulator simulator) {
    this.simulator = simulator;
  }

  static DemoOdoo startUnlessConfigured(Map<String, String> environment, Path runDir) {
    String configured = environment.get("ODOO_URL");
    if (configured != null && !configured.isBlank()) {
      LOG.info(() -> "Using the Odoo at " + configured);
      return new DemoOdoo(null);
    }
    int port = Integer.parseInt(environment.getOrDefault("SIMULATOR_PORT", "8069"));
    String webhookToken = environment.computeIfAbsent("WEBHOOK_TOKEN", unset -> randomToken());
    String webhookUrl =
        "http://127.0.0.1:"
            + environment.getOrDefault("HTTP_PORT", "9080")
            + "/api/sync/webhooks/odoo/"
            + webhookToken;
    OdooSimulator simulator =
        OdooSimulator.builder()
            .port(port)
            .db("odoo")
            .login("admin")
            .password("admin")
            .apiKey(DEMO_API_KEY)
            .webhookUrl(webhookUrl)
            .webhookSecret(environment.get("WEBHOOK_SECRET"))
            .dataFile(dataFile(runDir))
            .build()
            .start();
    environment.put("ODOO_URL", simulator.url());
    environment.put("ODOO_DB", "odoo");
    environment.put("ODOO_USERNAME", "admin");
    environment.put("ODOO_API_KEY", DEMO_API_KEY);
    LOG.info(() -> "Odoo simulator on " + simulator.url() + " (database odoo, user admin)");
    return new DemoOdoo(simulator);
  }

  /** Where the demo Odoo keeps its data between runs. */
  static Path dataFile(Path runDir) {
    return runDir.resolve("odoo-simulator").resolve("data.bin");
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public void close() {
    if (simulator != null) {
      simulator.stop();
    }
  }
}
