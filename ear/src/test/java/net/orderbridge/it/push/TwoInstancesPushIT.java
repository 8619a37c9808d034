package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.odoo;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api;
import net.orderbridge.it.ItOdoo;
import net.orderbridge.it.LibertyServer;
import net.orderbridge.simulator.fault.Faults;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database drain one backlog together: the main server and a second one (the
 * matrix server's installation, pointed at the main suite's database and simulator, with an
 * instance id of its own). Both push a share, every order reaches Odoo once with its lines, and the
 * two servers together settle each order once: no instance repeats another's work.
 */
class TwoInstancesPushIT {
  private static final int ORDERS = 1_000;
  private static final String SUCCEEDED = "sync_push_succeeded_total";
  private static final HttpClient HTTP = Api.client();

  @Test
  void twoInstancesDrainOneBacklogAndSettleEachOrderOnce() throws Exception {
    Path serverDir = Path.of(System.getProperty("orderbridge.second.server.dir"));
    String secondUrl = System.getProperty("orderbridge.second.url");
    LibertyServer second = new LibertyServer(serverDir, secondUrl);
    second.pointAtDatabase(System.getProperty("orderbridge.db.name"));
    String notes = PushFixture.unique("two instances");
    PushFixture.product(5);
    PushFixture.product(6);
    try {
      second.start(
          Map.of(
              "ODOO_URL", odoo().url(),
              "ODOO_DB", "odoo",
              "ODOO_USERNAME", "admin",
              "ODOO_API_KEY", ItOdoo.API_KEY,
              "SYNC_INSTANCE_ID", "it-second-instance",
              "SYNC_PUSH_BATCH_SIZE", "50",
              // the main server's timer intervals: the persistent timers are shared, and a server
              // started with other intervals would replace them
              "SYNC_OUTBOX_CLEANUP_INTERVAL", "PT5S",
              "SYNC_OUTBOX_CLEANUP_CHUNK_SIZE", "500"),
          List.of("ODOO_*", "REDIS_URL", "WEBHOOK_*", "SYNC_*"));
      operator("POST", "/api/sync/push/stop", null);
      List<String> numbers = PushFixture.placeMany(ORDERS, notes);
      double mainBefore = succeeded(PushFixture.BASE);
      double secondBefore = succeeded(secondUrl);
      // the switch is one row of the shared database; a start also wakes the drain of the
      // instance that takes it, as orders placed on each instance would
      PushFixture.forgetFaultHits();
      odoo().faults().latency(Duration.ofMillis(20), Duration.ZERO);
      assertThat(request(secondUrl, "/api/sync/push/start", "POST")).contains("\"enabled\":true");
      operator("POST", "/api/sync/push/start", null);

      Delivery.awaitAllDelivered(notes, numbers, Duration.ofSeconds(180));
      PushFixture.assertFaultHit(Faults.Kind.LATENCY, "purchase.order create");

      double byMain = succeeded(PushFixture.BASE) - mainBefore;
      double bySecond = succeeded(secondUrl) - secondBefore;
      System.out.printf("TWO-INSTANCES main %.0f, second %.0f%n", byMain, bySecond);
      assertThat(bySecond).as("orders the second instance pushed").isPositive();
      assertThat(byMain).as("orders the main instance pushed").isPositive();
      assertThat(byMain + bySecond).as("orders settled, by both").isEqualTo(ORDERS);
    } finally {
      cleanUp(second);
    }
  }

  /**
   * Each step on its own, whatever the others do: a failed request must not leave the second server
   * running or its drop-in behind (the next start of that installation would use this database).
   */
  private static void cleanUp(LibertyServer second) {
    try {
      odoo().faults().clear();
    } finally {
      try {
        operator("POST", "/api/sync/push/start", null);
      } finally {
        try {
          second.stop();
        } finally {
          second.forgetOtherDatabase();
        }
      }
    }
  }

  /** {@value #SUCCEEDED} of one server (its push's settled orders since it started). */
  private static double succeeded(String base) throws Exception {
    return PushFixture.counterIn(request(base, "/metrics?scope=application", "GET"), SUCCEEDED, "");
  }

  private static String request(String base, String path, String method) throws Exception {
    HttpResponse<String> reply =
        HTTP.send(
            Api.request(base + path, PushFixture.operatorAuth(), method, null).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).as(method + " " + path + ": " + reply.body()).isEqualTo(200);
    return reply.body();
  }
}
