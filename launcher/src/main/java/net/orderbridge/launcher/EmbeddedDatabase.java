package net.orderbridge.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A real PostgreSQL (the zonky binaries) for the default run, started only when {@code DB_HOST} is
 * unset. The data directory is kept between runs; its port is {@code EMBEDDED_DB_PORT} (default
 * 54329).
 */
final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
  private static final String DEFAULT_PORT = "54329";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts the embedded database and points {@code DB_*} at it, or leaves a configured database
   * alone.
   */
  static EmbeddedDatabase startUnlessConfigured(Map<String, String> environment, Path runDir)
      throws IOException {
    if (environment.get("DB_HOST") != null && !environment.get("DB_HOST").isBlank()) {
      LOG.info(() -> "Using the PostgreSQL at " + environment.get("DB_HOST"));
      return new EmbeddedDatabase(null);
    }
    int port = Integer.parseInt(environment.getOrDefault("EMBEDDED_DB_PORT", DEFAULT_PORT));
    System.setProperty("ot.epg.working-dir", runDir.resolve("postgres-binaries").toString());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(runDir.resolve("postgres"))
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(runDir.resolve("postgres-binaries").toFile())
            .setPort(port)
            .start();
    environment.put("DB_HOST", "127.0.0.1");
    environment.put("DB_PORT", Integer.toString(postgres.getPort()));
    environment.put("DB_NAME", "postgres");
    environment.put("DB_USER", "postgres");
    environment.put("DB_PASSWORD", "postgres");
    LOG.info(() -> "Embedded PostgreSQL on port " + postgres.getPort() + ", data in .run/postgres");
    return new EmbeddedDatabase(postgres);
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
