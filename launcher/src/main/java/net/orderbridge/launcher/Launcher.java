package net.orderbridge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The one-command run. Starts what the environment doesn't name: an embedded PostgreSQL when {@code
 * DB_HOST} is unset (its data kept in {@code .run/postgres}, so it survives a restart), then the
 * Open Liberty server the build installed, with the EAR and the top-level {@code server.xml}, in a
 * server directory of its own under {@code .run/} so that it never disturbs the server the
 * integration tests use. Stops everything on Ctrl+C.
 */
public final class Launcher {
  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(System.getProperty("orderbridge.home", ".")).toAbsolutePath().normalize();
    Path runDir = home.resolve(".run");
    Files.createDirectories(runDir);
    Map<String, String> environment = new HashMap<>(System.getenv());

    try (EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured(environment, runDir);
        DemoOdoo odoo = DemoOdoo.startUnlessConfigured(environment, runDir)) {
      LibertyServer server = LibertyServer.prepare(home, runDir);
      Process process = server.start(environment);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "orderbridge-stop"));
      int exit = process.waitFor();
      LOG.info(() -> "Liberty server ended with exit code " + exit);
    }
  }

  private static void stop(Process process) {
    if (process.isAlive()) {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static void requireFile(Path file, String hint) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException(file + " is missing: " + hint);
    }
  }
}
