package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server given both {@code ODOO_API_KEY} and {@code ODOO_PASSWORD} does not start: the log says
 * why, naming the variables and never their values, and readiness never turns UP. Before, it came
 * up ready and answered {@code POST /api/suppliers/refresh} with a 500 "internal error". Runs on
 * the second server's installation (the matrix server's), which this test alone uses meanwhile.
 */
class OdooMisconfigurationIT {
  private static final String KEY = "misconfigured-api-key-never-logged";
  private static final String PASSWORD = "misconfigured-password-never-logged";
  private static final String REASON = "set exactly one of ODOO_API_KEY_FILE, ODOO_API_KEY";

  @Test
  void bothAnApiKeyAndAPasswordStopTheStartWithTheReason() throws Exception {
    Path serverDir = Path.of(System.getProperty("orderbridge.second.server.dir"));
    LibertyServer second =
        new LibertyServer(serverDir, System.getProperty("orderbridge.second.url"));
    // another test of the suite may have left it running (a stop of a stopped server is harmless)
    second.stop();
    // its own database, so that only the Odoo settings can stop it
    FreshDatabase.main(new String[] {databaseOf(serverDir)});
    // earlier starts of this installation left their logs
    deleteTree(serverDir.resolve("logs"));
    try {
      second.launch(
          Map.of(
              "ODOO_URL",
              SyncFixture.odoo().url(),
              "ODOO_DB",
              "odoo",
              "ODOO_USERNAME",
              "admin",
              "ODOO_API_KEY",
              KEY,
              "ODOO_PASSWORD",
              PASSWORD),
          List.of("ODOO_*", "REDIS_URL", "WEBHOOK_*", "SYNC_*"));

      await()
          .atMost(Duration.ofMinutes(4))
          .pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions()
          .until(() -> !second.logsContaining(REASON).isEmpty());
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions()
          .until(() -> !second.logsContaining("CWWKZ0002E").isEmpty());
      Path log = second.logsContaining(REASON).get(0);
      assertThat(Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1))
          .contains("does not start");
      assertThat(second.statusOf("/health/ready")).as("readiness").isNotEqualTo(200);
      assertThat(second.logsContaining("CWWKZ0001I"))
          .as("logs saying the application started")
          .isEmpty();
      assertThat(second.logsContaining(KEY)).as("logs holding the key").isEmpty();
      assertThat(second.logsContaining(PASSWORD)).as("logs holding the password").isEmpty();
    } finally {
      second.stop();
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** {@code DB_NAME} of the server's {@code bootstrap.properties}. */
  private static String databaseOf(Path serverDir) throws Exception {
    java.util.Properties bootstrap = new java.util.Properties();
    try (var in = Files.newInputStream(serverDir.resolve("bootstrap.properties"))) {
      bootstrap.load(in);
    }
    return bootstrap.getProperty("DB_NAME");
  }
}
