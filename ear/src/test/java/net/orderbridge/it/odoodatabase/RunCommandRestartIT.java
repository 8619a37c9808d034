package net.orderbridge.it.odoodatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
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
 * Issue 12, IT (a): two runs of the run command's setup back to back, with orders placed in each,
 * all in step. The run command keeps PostgreSQL's data and, since issue 12, the simulator's data
 * ({@code .run/odoo-simulator/data.bin}, {@link OdooSimulator.Builder#dataFile}) between runs; this
 * test does the same with a server of its own on its own database (kept between the two runs) and a
 * simulator with a data file, stopped and started again on the same port. Running the run command
 * itself (a Maven build, a Liberty of its own, an embedded PostgreSQL) would cost minutes more and
 * test the same two things: what each side keeps. Before, the second run's simulator started from
 * its seed and handed out the first run's ids again: the new order's binding clashed, and the old
 * ones named other orders.
 */
class RunCommandRestartIT {
  private static final Duration SETTLE = Duration.ofSeconds(90);

  @Test
  void twoRunsBackToBackKeepEveryOrderInStep() throws Exception {
    // the main suite's Odoo answers meanwhile: minutes without it would open the main server's
    // circuit for the next test
    SyncFixture.odoo();
    FreshDatabase.main(new String[] {System.getProperty("orderbridge.second.db.name")});
    Path data = Files.createTempDirectory("run-command").resolve("odoo-simulator/data.bin");
    int port = freePort();
    OtherServer api = new OtherServer(System.getProperty("orderbridge.second.url"));
    LibertyServer server =
        new LibertyServer(Path.of(System.getProperty("orderbridge.second.server.dir")), api.base());
    List<String> ids = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    Map<Object, Object> firstRunOdooIds;

    OdooSimulator odoo = simulator(port, data);
    try {
      start(server, odoo);
      for (int i = 0; i < 3; i++) {
        JsonNode placed = api.place("first run");
        ids.add(placed.get("id").asText());
        numbers.add(placed.get("number").asText());
      }
      List<String> keys = api.keysOf(numbers);
      OdooSimulator first = odoo;
      await().atMost(SETTLE).untilAsserted(() -> assertThat(odooIds(first, keys)).hasSize(3));
      firstRunOdooIds = odooIds(odoo, keys);
    } finally {
      server.stop();
      odoo.stop();
    }

    odoo = simulator(port, data);
    try {
      start(server, odoo);
      api.buyer("POST", "/api/purchase-orders/" + ids.get(0) + "/confirm");
      for (int i = 0; i < 2; i++) {
        JsonNode placed = api.place("second run");
        ids.add(placed.get("id").asText());
        numbers.add(placed.get("number").asText());
      }
      List<String> keys = api.keysOf(numbers);
      OdooSimulator second = odoo;
      await()
          .atMost(SETTLE)
          .untilAsserted(
              () -> {
                assertThat(perKey(second, keys)).hasSize(5).doesNotContainValue(2L);
                JsonNode status = api.operator("GET", "/api/sync/status");
                assertThat(status.get("backlog").asLong()).isZero();
                assertThat(status.get("deadLetters").asLong()).isZero();
                assertThat(status.get("odooDatabase").get("inStep").asBoolean()).isTrue();
                assertThat(stateOf(second, keys.get(0))).isEqualTo("purchase");
                for (String id : ids) {
                  JsonNode sync = api.buyer("GET", "/api/purchase-orders/" + id).get("sync");
                  assertThat(sync.get("status").asText()).as(id).isEqualTo("SYNCED");
                }
              });
      Map<Object, Object> firstRunKeys = odooIds(odoo, api.keysOf(numbers.subList(0, 3)));
      assertThat(firstRunKeys)
          .as("the first run's orders are the same Odoo orders")
          .isEqualTo(firstRunOdooIds);
    } finally {
      server.stop();
      odoo.stop();
    }
  }

  private static void start(LibertyServer server, OdooSimulator odoo) {
    server.start(
        Map.of(
            "ODOO_URL", odoo.url(),
            "ODOO_DB", "odoo",
            "ODOO_USERNAME", "admin",
            "ODOO_API_KEY", ItOdoo.API_KEY,
            "SYNC_INSTANCE_ID", "it-run-command-restart"),
        List.of("ODOO_*", "REDIS_URL", "WEBHOOK_*", "SYNC_*"));
  }

  private static OdooSimulator simulator(int port, Path data) {
    return OdooSimulator.builder()
        .port(port)
        .db("odoo")
        .login("admin")
        .password("admin")
        .apiKey(ItOdoo.API_KEY)
        .dataFile(data)
        .build()
        .start();
  }

  private static Map<Object, Object> odooIds(OdooSimulator odoo, List<String> keys) {
    return orders(odoo, keys).stream()
        .collect(Collectors.toMap(o -> o.get("origin"), o -> o.get("id")));
  }

  private static Map<Object, Long> perKey(OdooSimulator odoo, List<String> keys) {
    return orders(odoo, keys).stream()
        .collect(Collectors.groupingBy(o -> o.get("origin"), Collectors.counting()));
  }

  private static String stateOf(OdooSimulator odoo, String key) {
    return (String) orders(odoo, List.of(key)).get(0).get("state");
  }

  private static List<Map<String, Object>> orders(OdooSimulator odoo, List<String> keys) {
    return odoo.store()
        .searchRead(
            "purchase.order", List.of(List.of("origin", "in", keys)), List.of("origin", "state"));
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
