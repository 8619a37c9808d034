package net.orderbridge.it.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import net.orderbridge.it.FreshDatabase;
import net.orderbridge.it.LibertyServer;
import net.orderbridge.it.SyncFixture;
import net.orderbridge.it.odoodatabase.OtherServer;
import net.orderbridge.simulator.OdooSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 7: the API key in {@code ODOO_API_KEY_FILE} is rotated while the server runs, and
 * orders keep reaching Odoo without a restart; the status shows when the key in use was loaded; a
 * key Odoo refuses while the file holds no other still raises {@code odoo-authentication-refused}.
 *
 * <p>Runs on a server of its own (the matrix server's installation, on its own emptied database)
 * with a simulator of its own, whose keys this test adds and revokes as an Odoo administrator
 * would, so that no other test meets a refused key.
 */
class KeyRotationIT {
  private static final String ALERT = "odoo-authentication-refused";
  // keys of one length: the third rotation keeps the file's size and modification time
  private static final List<String> KEYS =
      List.of(
          "it-rotation-key-1-6c0f2b8e",
          "it-rotation-key-2-93d1a7c4",
          "it-rotation-key-3-0e5b48f1",
          "it-rotation-key-4-d27c6a90");
  private static final Duration SETTLE = Duration.ofSeconds(60);

  @TempDir Path secrets;

  @Test
  void aKeyRotatedInItsFileIsUsedWithoutARestartAndARefusedOneStillAlerts() throws Exception {
    SyncFixture.odoo(); // the main suite's Odoo answers meanwhile
    FreshDatabase.main(new String[] {System.getProperty("orderbridge.second.db.name")});
    OdooSimulator odoo =
        OdooSimulator.builder()
            .port(0)
            .db("odoo")
            .login("admin")
            .password("admin")
            .apiKey(KEYS.get(0))
            .build()
            .start();
    Path keyFile = secrets.resolve("odoo-api-key");
    Files.writeString(keyFile, KEYS.get(0) + "\n", StandardCharsets.UTF_8);
    OtherServer api = new OtherServer(System.getProperty("orderbridge.second.url"));
    LibertyServer server =
        new LibertyServer(Path.of(System.getProperty("orderbridge.second.server.dir")), api.base());
    try {
      server.start(
          Map.of(
              "ODOO_URL", odoo.url(),
              "ODOO_DB", "odoo",
              "ODOO_USERNAME", "admin",
              "ODOO_API_KEY_FILE", keyFile.toString(),
              "SYNC_INSTANCE_ID", "it-key-rotation",
              "SYNC_ALERT_INTERVAL", "PT1S",
              // the polls meet a refused key within seconds
              "SYNC_PULL_INTERVAL", "PT2S"),
          List.of("ODOO_*", "REDIS_URL", "WEBHOOK_*", "SYNC_*", "ALERT_*"));
      reaches(odoo, api, "with the first key");
      JsonNode key = api.operator("GET", "/api/sync/status").get("odooKey");
      assertThat(key.get("source").asText()).isEqualTo("ODOO_API_KEY_FILE");
      assertThat(key.get("file").asText()).isEqualTo(keyFile.toString());
      assertThat(key.toString()).doesNotContain(KEYS.get(0));
      Instant firstLoad = Instant.parse(key.get("loadedAt").asText());

      // a rotation as an operator does it: a new key in Odoo, then in the file, the old one revoked
      odoo.store().addApiKey(2, "rotated", KEYS.get(1));
      Files.writeString(keyFile, KEYS.get(1) + "\n", StandardCharsets.UTF_8);
      assertThat(odoo.store().revokeApiKey(KEYS.get(0))).isTrue();
      reaches(odoo, api, "with the second key");
      Instant secondLoad = loadedAt(api);
      assertThat(secondLoad).isAfter(firstLoad);

      // a file rewritten without a sign on the outside (same size, same modification time): the
      // refusal of the old key makes the server read the file again and try the call once more
      odoo.store().addApiKey(2, "rotated unseen", KEYS.get(2));
      FileTime modified = Files.getLastModifiedTime(keyFile);
      Files.writeString(keyFile, KEYS.get(2) + "\n", StandardCharsets.UTF_8);
      Files.setLastModifiedTime(keyFile, modified);
      assertThat(odoo.store().revokeApiKey(KEYS.get(1))).isTrue();
      reaches(odoo, api, "with the third key");
      assertThat(loadedAt(api)).isAfter(secondLoad);
      assertThat(alerts(api)).as("no rotation raised " + ALERT).isEmpty();

      // Odoo refuses the key while the file holds no other: the critical alert fires as before
      assertThat(odoo.store().revokeApiKey(KEYS.get(2))).isTrue();
      await()
          .atMost(SETTLE)
          .pollInterval(Duration.ofSeconds(1))
          .untilAsserted(
              () -> {
                assertThat(alerts(api)).contains("FIRING");
              });
      JsonNode evidence = firing(api).get("evidence");
      assertThat(evidence.get("keySource").asText())
          .as("the alert names the key Odoo refused")
          .isEqualTo("ODOO_API_KEY_FILE");
      assertThat(Instant.parse(evidence.get("keyLoadedAt").asText()))
          .as("and when it was loaded, so that an operator sees which rotation it was")
          .isEqualTo(loadedAt(api));
      assertThat(evidence.toString()).doesNotContain(KEYS.get(2));

      // the operator's fix, still without a restart: a new key in Odoo and in the file
      odoo.store().addApiKey(2, "after the alert", KEYS.get(3));
      Files.writeString(keyFile, KEYS.get(3) + "\n", StandardCharsets.UTF_8);
      await()
          .atMost(SETTLE)
          .pollInterval(Duration.ofSeconds(1))
          .untilAsserted(
              () -> {
                assertThat(alerts(api)).containsExactly("RESOLVED");
              });
      reaches(odoo, api, "with the fourth key");
    } finally {
      server.stop();
      odoo.stop();
    }
    assertThat(server.logsContaining("Loaded a new Odoo API key from ODOO_API_KEY_FILE"))
        .isNotEmpty();
    for (String key : KEYS) {
      assertThat(server.logsContaining(key)).as("logs holding an API key").isEmpty();
    }
  }

  /** Places an order and waits until it is in Odoo, once. */
  private static void reaches(OdooSimulator odoo, OtherServer api, String notes) throws Exception {
    String number = api.place(notes).get("number").asText();
    List<String> keys = api.keysOf(List.of(number));
    await()
        .atMost(SETTLE)
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(
                        odoo.store()
                            .searchRead(
                                "purchase.order",
                                List.of(List.of("origin", "in", keys)),
                                List.of("origin")))
                    .as("the order placed " + notes + " in Odoo")
                    .hasSize(1));
  }

  private static Instant loadedAt(OtherServer api) throws Exception {
    return Instant.parse(
        api.operator("GET", "/api/sync/status").get("odooKey").get("loadedAt").asText());
  }

  /** The firing alert named {@value #ALERT}. */
  private static JsonNode firing(OtherServer api) throws Exception {
    JsonNode list = api.operator("GET", "/api/sync/alerts");
    return StreamSupport.stream(list.spliterator(), false)
        .filter(a -> a.get("name").asText().equals(ALERT))
        .filter(a -> a.get("state").asText().equals("FIRING"))
        .findFirst()
        .orElseThrow();
  }

  /** The states of the alerts named {@value #ALERT}. */
  private static List<String> alerts(OtherServer api) throws Exception {
    JsonNode list = api.operator("GET", "/api/sync/alerts");
    return StreamSupport.stream(list.spliterator(), false)
        .filter(a -> a.get("name").asText().equals(ALERT))
        .map(a -> a.get("state").asText())
        .toList();
  }
}
