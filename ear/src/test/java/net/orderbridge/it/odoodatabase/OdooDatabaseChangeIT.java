package net.orderbridge.it.odoodatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.orderbridge.it.FreshDatabase;
import net.orderbridge.it.ItOdoo;
import net.orderbridge.it.LibertyServer;
import net.orderbridge.it.SyncFixture;
import net.orderbridge.simulator.OdooSimulator;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, IT (b): the Odoo behind the configured URL is replaced by a fresh one (another
 * database: a new {@code database.uuid}, the same ids handed out again for other orders) while the
 * server runs. Nothing is written to it until an operator re-binds; readiness and the status say
 * why; after the re-bind every order is in the new Odoo exactly once.
 *
 * <p>Runs on a server of its own (the matrix server's installation, on its own emptied database)
 * with a simulator of its own, so that the replacement and the re-bind touch no other test's
 * orders.
 */
class OdooDatabaseChangeIT {
  private static final Duration SETTLE = Duration.ofSeconds(90);

  @Test
  void aFreshOdooBehindTheSameUrlGetsNothingUntilAnOperatorRebindsThenEveryOrderOnce()
      throws Exception {
    replaceOdooThen("rebind", "REBIND");
  }

  /**
   * The other way out: the bindings are forgotten and every order is created afresh, with no
   * lookup; still each exactly once, and the decision is on record with who made it.
   */
  @Test
  void forgettingTheBindingsCreatesEveryOrderOnceInTheNewOdoo() throws Exception {
    replaceOdooThen("forget", "FORGET");
  }

  private void replaceOdooThen(String way, String decided) throws Exception {
    // the main suite's Odoo answers meanwhile: minutes without it would open the main server's
    // circuit for the next test
    SyncFixture.odoo();
    FreshDatabase.main(new String[] {System.getProperty("orderbridge.second.db.name")});
    int port = freePort();
    OdooSimulator first = simulator(port);
    OdooSimulator fresh = null;
    OtherServer api = new OtherServer(System.getProperty("orderbridge.second.url"));
    LibertyServer server =
        new LibertyServer(Path.of(System.getProperty("orderbridge.second.server.dir")), api.base());
    try {
      server.start(
          Map.of(
              "ODOO_URL", first.url(),
              "ODOO_DB", "odoo",
              "ODOO_USERNAME", "admin",
              "ODOO_API_KEY", ItOdoo.API_KEY,
              "SYNC_INSTANCE_ID", "it-odoo-database-change",
              "SYNC_PULL_INTERVAL", "PT5S"),
          List.of("ODOO_*", "REDIS_URL", "WEBHOOK_*", "SYNC_*"));
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        numbers.add(api.place("before the change").get("number").asText());
      }
      List<String> firstKeys = api.keysOf(numbers);
      await().atMost(SETTLE).untilAsserted(() -> assertThat(perKey(first, firstKeys)).hasSize(3));
      JsonNode before = api.operator("GET", "/api/sync/status").get("odooDatabase");
      assertThat(before.get("inStep").asBoolean()).isTrue();
      assertThat(before.get("recorded").asText()).contains(uuidOf(first));

      first.stop();
      fresh = simulator(port);
      numbers.add(api.place("after the change").get("number").asText());
      List<String> keys = api.keysOf(numbers);

      await()
          .atMost(SETTLE)
          .untilAsserted(
              () -> {
                JsonNode status = api.operator("GET", "/api/sync/status").get("odooDatabase");
                assertThat(status.get("inStep").asBoolean()).isFalse();
                assertThat(status.get("problem").asText())
                    .contains("Push and pull are stopped")
                    .contains("rebind");
              });
      assertThat(api.status("/health/ready")).as("readiness while mismatched").isEqualTo(503);
      // a push deferral and a pull tick or more: still nothing written, at any moment
      OdooSimulator untouched = fresh;
      await()
          .during(Duration.ofSeconds(8))
          .atMost(Duration.ofSeconds(11))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () -> {
                assertThat(writes(untouched))
                    .as("writes to the fresh Odoo before the re-bind")
                    .isZero();
                assertThat(perKey(untouched, keys)).isEmpty();
              });

      JsonNode decision = api.operator("POST", "/api/sync/odoo-database/" + way);
      assertThat(decision.get("decision").asText()).isEqualTo(decided);
      assertThat(api.decisionsOnRecord()).containsExactly(decided + " by operator");
      assertThat(decision.get("database").asText()).contains(uuidOf(fresh));

      OdooSimulator now = fresh;
      List<String> all = keys;
      await()
          .atMost(SETTLE)
          .untilAsserted(
              () -> {
                Map<Object, Long> inOdoo = perKey(now, all);
                assertThat(inOdoo).as("orders per key in the new Odoo").hasSize(4);
                assertThat(inOdoo.values()).containsOnly(1L);
                assertThat(api.operator("GET", "/api/sync/status").get("backlog").asLong())
                    .isZero();
              });
      assertThat(api.status("/health/ready")).isEqualTo(200);
      // a pull tick or more over the new database: no order comes twice, at any moment
      await()
          .during(Duration.ofSeconds(6))
          .atMost(Duration.ofSeconds(9))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(() -> assertThat(perKey(now, all).values()).containsOnly(1L));
    } finally {
      server.stop();
      first.stop();
      if (fresh != null) {
        fresh.stop();
      }
    }
  }

  private static OdooSimulator simulator(int port) {
    return OdooSimulator.builder()
        .port(port)
        .db("odoo")
        .login("admin")
        .password("admin")
        .apiKey(ItOdoo.API_KEY)
        .build()
        .start();
  }

  private static String uuidOf(OdooSimulator odoo) {
    return (String)
        odoo.store()
            .searchRead(
                "ir.config_parameter",
                List.of(List.of("key", "=", "database.uuid")),
                List.of("value"))
            .get(0)
            .get("value");
  }

  private static Map<Object, Long> perKey(OdooSimulator odoo, List<String> keys) {
    return odoo
        .store()
        .searchRead("purchase.order", List.of(List.of("origin", "in", keys)), List.of("origin"))
        .stream()
        .collect(Collectors.groupingBy(o -> o.get("origin"), Collectors.counting()));
  }

  /** Calls that change data in Odoo: create, write, unlink and the state buttons. */
  private static long writes(OdooSimulator odoo) {
    return odoo.calls().byMethod().entrySet().stream()
        .filter(
            e ->
                e.getKey().contains("create")
                    || e.getKey().contains("write")
                    || e.getKey().contains("unlink")
                    || e.getKey().contains("button"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
