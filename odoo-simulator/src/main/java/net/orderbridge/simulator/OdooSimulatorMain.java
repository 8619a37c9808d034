package net.orderbridge.simulator;

/** Runs the simulator from the command line: {@code java -jar odoo-simulator.jar --port 8069}. */
public final class OdooSimulatorMain {
  private OdooSimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    OdooSimulator.Builder b = OdooSimulator.builder();
    for (int i = 0; i < args.length; i++) {
      String opt = args[i];
      if (opt.equals("--help") || opt.equals("-h")) {
        usage();
        return;
      }
      if (i + 1 >= args.length) {
        System.err.println("missing value for " + opt);
        usage();
        System.exit(2);
      }
      String v = args[++i];
      switch (opt) {
        case "--host" -> b.host(v);
        case "--port" -> b.port(Integer.parseInt(v));
        case "--db" -> b.db(v);
        case "--login" -> b.login(v);
        case "--password" -> b.password(v);
        case "--api-key" -> b.apiKey(v);
        case "--norights-login" -> b.noRightsLogin(v);
        case "--norights-password" -> b.noRightsPassword(v);
        case "--norights-api-key" -> b.noRightsApiKey(v);
        case "--version" -> b.version(v);
        case "--webhook-url" -> b.webhookUrl(v);
        case "--webhook-secret" -> b.webhookSecret(v);
        default -> {
          System.err.println("unknown option " + opt);
          usage();
          System.exit(2);
        }
      }
    }
    OdooSimulator sim = b.build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(sim::stop));
    SimulatorConfig c = sim.config();
    System.out.println(
        "Odoo simulator "
            + c.version()
            + " on "
            + sim.url()
            + " (db "
            + c.db()
            + ", login "
            + c.login()
            + ")");
    Thread.currentThread().join();
  }

  private static void usage() {
    System.out.println(
        "options: --port 8069 --db odoo --login admin --password admin --api-key KEY"
            + " --norights-login L --norights-password P --norights-api-key KEY --version 19.0"
            + " --webhook-url URL --webhook-secret S --host 127.0.0.1");
  }
}
