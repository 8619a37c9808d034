package net.orderbridge.it.push;

import static net.orderbridge.it.SyncFixture.awaitSettled;
import static net.orderbridge.it.SyncFixture.odoo;
import static net.orderbridge.it.SyncFixture.odooOrdersByKeys;
import static net.orderbridge.it.SyncFixture.placeMany;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.LibertyServer;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed with {@code kill -9} while a batch is on its way to Odoo, then
 * started again: afterwards every order is in Odoo exactly once. The outbox rows survived in
 * PostgreSQL; the dead process's claims run out after their lease ({@code sync.push.lease}, short
 * on the test server); orders whose create may have reached Odoo are looked up by their key before
 * they are created again.
 */
class PushCrashIT {
  private static final LibertyServer SERVER = LibertyServer.fromSystemProperties();

  @Test
  void killedMidBatchAndRestartedEveryOrderArrivesExactlyOnce() throws Exception {
    String notes = unique("crash");
    odoo().faults().latency(Duration.ofMillis(300), Duration.ZERO);
    List<String> numbers;
    try {
      numbers = placeMany(120, notes);
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> !odooOrdersByKeys(numbers).isEmpty());
      SERVER.kill();
      assertThat(odooOrdersByKeys(numbers)).as("the kill came in the middle").hasSizeLessThan(120);
    } finally {
      odoo().faults().clear();
    }
    SERVER.start();

    awaitSettled(notes, Duration.ofMinutes(3));
    Map<Object, Integer> copies = new HashMap<>();
    odooOrdersByKeys(numbers).forEach(order -> copies.merge(order.get("origin"), 1, Integer::sum));
    assertThat(copies).as("one Odoo order per local order").hasSize(120);
    assertThat(copies.values()).containsOnly(1);
  }
}
