package net.orderbridge.it.push;

import static net.orderbridge.it.SyncFixture.awaitSettled;
import static net.orderbridge.it.SyncFixture.count;
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
 * PostgreSQL; the restarted server releases the claims it held under its own name ({@code
 * sync.instance.id}) instead of waiting out their lease ({@code sync.push.lease}, the production 5
 * minutes on the test server), once the grace for calls still running in Odoo has passed ({@code
 * sync.push.recovery-grace}, short for the simulator) and drains the outbox at once; orders whose
 * create may have reached Odoo are looked up by their key before they are created again.
 */
class PushCrashIT {
  private static final LibertyServer SERVER = LibertyServer.fromSystemProperties();

  @Test
  void killedMidBatchAndRestartedEveryOrderArrivesExactlyOnce() throws Exception {
    String notes = unique("crash");
    odoo().faults().latency(Duration.ofMillis(300), Duration.ZERO);
    List<String> numbers;
    long leasedUntil;
    try {
      numbers = placeMany(120, notes);
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> !odooOrdersByKeys(numbers).isEmpty());
      SERVER.kill();
      assertThat(odooOrdersByKeys(numbers)).as("the kill came in the middle").hasSizeLessThan(120);
      leasedUntil = latestLease(notes);
      assertThat(leasedUntil - databaseNow())
          .as("seconds the dead server's claims were still leased for")
          .isGreaterThan(200);
    } finally {
      odoo().faults().clear();
    }
    SERVER.start();
    long ready = databaseNow();

    awaitSettled(notes, Duration.ofMinutes(3));
    long settled = databaseNow();
    assertThat(settled)
        .as("every order settled before the dead server's leases ran out")
        .isLessThan(leasedUntil);
    assertThat(settled - ready).as("seconds from ready to all settled").isLessThan(60);
    System.out.printf(
        "CRASH-FIGURES all settled %d s after the restarted server was ready, %d s before the"
            + " dead server's leases would have run out%n",
        settled - ready, leasedUntil - settled);
    Map<Object, Integer> copies = new HashMap<>();
    odooOrdersByKeys(numbers).forEach(order -> copies.merge(order.get("origin"), 1, Integer::sum));
    assertThat(copies).as("one Odoo order per local order").hasSize(120);
    assertThat(copies.values()).containsOnly(1);
  }

  /** When the last claim on these orders' messages runs out (epoch seconds, database clock). */
  private static long latestLease(String notes) {
    return count(
        "select coalesce(extract(epoch from max(m.claimed_until))::bigint, 0)"
            + " from sync.outbox_message m join purchase_order.purchase_order o"
            + " on o.id = m.order_id where o.notes = ? and m.status = 'PENDING'",
        notes);
  }

  private static long databaseNow() {
    return count("select extract(epoch from now())::bigint");
  }
}
