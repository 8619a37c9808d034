package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.count;
import static net.orderbridge.it.push.PushFixture.odoo;
import static net.orderbridge.it.push.PushFixture.odooOrdersByKeys;
import static net.orderbridge.it.push.PushFixture.operator;
import static net.orderbridge.it.push.PushFixture.placeMany;
import static net.orderbridge.it.push.PushFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.orderbridge.it.LibertyServer;
import net.orderbridge.simulator.fault.Faults;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed with {@code kill -9} while a batch is on its way to Odoo, then
 * started again: afterwards every order is in Odoo exactly once. The outbox rows survived in
 * PostgreSQL; the restarted server releases the claims it held under its own name ({@code
 * sync.instance.id}) instead of waiting out their lease ({@code sync.push.lease}, the production 5
 * minutes on the test server), once the grace for calls still running in Odoo has passed ({@code
 * sync.push.recovery-grace}, short for the simulator) and drains the outbox at once; orders whose
 * create may have reached Odoo are looked up by their key before they are created again.
 *
 * <p>"In the middle" is arranged, not hoped for: one batch of orders is in Odoo before the kill;
 * the rest queue while the push is stopped and go out, under a latency of several seconds per call,
 * once it is started; the kill comes as soon as the dead server holds claims on them and a create
 * of theirs reached Odoo (past the batch's database check, which the latency holds first). The
 * calls it had in flight are still answered by Odoo after the kill, so a create may commit there
 * while our database still says "pending".
 */
class PushCrashIT {
  private static final LibertyServer SERVER = LibertyServer.fromSystemProperties();
  private static final Duration LATENCY = Duration.ofSeconds(3);

  @Test
  void killedMidBatchAndRestartedEveryOrderArrivesExactlyOnce() throws Exception {
    String notes = unique("crash");
    List<String> numbers = new ArrayList<>(placeMany(40, notes));
    Delivery.awaitAllDelivered(notes, numbers, Duration.ofSeconds(60));
    long leasedUntil;
    try {
      operator("POST", "/api/sync/push/stop", null);
      numbers.addAll(placeMany(80, notes));
      PushFixture.forgetFaultHits();
      odoo().faults().latency(LATENCY, Duration.ZERO);
      operator("POST", "/api/sync/push/start", null);
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> latestLease(notes) > 0 && createsUnderLatency() > 0);
      SERVER.kill();
      assertThat(odooOrdersByKeys(numbers)).as("the kill came in the middle").hasSize(40);
      // the dead server had creates on their way, not only the batch's database check
      PushFixture.assertFaultHit(Faults.Kind.LATENCY, "purchase.order create");
      leasedUntil = latestLease(notes);
      assertThat(leasedUntil - databaseNow())
          .as("seconds the dead server's claims were still leased for")
          .isGreaterThan(200);
    } finally {
      odoo().faults().clear();
      if (!SERVER.running()) {
        SERVER.start();
      }
    }
    long ready = databaseNow();

    Delivery.awaitAllDelivered(notes, numbers, Duration.ofMinutes(3));
    long settled = databaseNow();
    assertThat(settled)
        .as("every order settled before the dead server's leases ran out")
        .isLessThan(leasedUntil);
    assertThat(settled - ready).as("seconds from ready to all settled").isLessThan(60);
    System.out.printf(
        "CRASH-FIGURES all settled %d s after the restarted server was ready, %d s before the"
            + " dead server's leases would have run out%n",
        settled - ready, leasedUntil - settled);
  }

  /** Creates that reached the simulator (and wait out its latency) since the latency was on. */
  private static long createsUnderLatency() {
    return odoo()
        .faults()
        .hitsOf(Faults.Kind.LATENCY)
        .getOrDefault(new Faults.Target("purchase.order", "create"), 0L);
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
