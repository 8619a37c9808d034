package net.orderbridge.it.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The histogram {@code sync_push_change_to_odoo_seconds{operation="create"}} counts each pushed
 * create once, and what it measured (from the order's commit to the settling of Odoo's answer) lies
 * within the wall time the test saw from before the first order was placed to after the last was
 * settled.
 */
class ChangeToOdooLatencyIT {
  private static final String HISTOGRAM = "sync_push_change_to_odoo_seconds";
  private static final String CREATE = "operation=\"create\"";
  private static final int ORDERS = 6;

  @Test
  void eachPushedCreateIsCountedOnceWithALatencyWithinTheWallTime() throws Exception {
    PushFixture.product(6);
    // creates that earlier tests left due soon (a short backoff, a retried dead letter) go out
    // first: they would count here too
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                PushFixture.count(
                        "select count(*) from sync.outbox_message"
                            + " where status = 'PENDING' and kind = 'PLACED'"
                            + " and due_at < now() + interval '90 seconds'")
                    == 0);
    String before = metrics();
    double count0 = PushFixture.counterIn(before, HISTOGRAM + "_count", CREATE);
    double sum0 = PushFixture.counterIn(before, HISTOGRAM + "_sum", CREATE);
    double max0 = PushFixture.counterIn(before, HISTOGRAM + "_max", CREATE);

    String notes = PushFixture.unique("latency");
    long start = System.nanoTime();
    List<String> numbers = PushFixture.placeMany(ORDERS, notes);
    PushFixture.awaitSettled(notes, Duration.ofSeconds(60));
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                PushFixture.counterIn(metrics(), HISTOGRAM + "_count", CREATE) >= count0 + ORDERS);
    double wall = (System.nanoTime() - start) / 1e9;

    String after = metrics();
    assertThat(PushFixture.counterIn(after, HISTOGRAM + "_count", CREATE) - count0)
        .as("one observation per pushed create")
        .isEqualTo(ORDERS);
    double sum = PushFixture.counterIn(after, HISTOGRAM + "_sum", CREATE) - sum0;
    assertThat(sum).as("the %d latencies, seconds", ORDERS).isPositive();
    assertThat(sum)
        .as("each within the wall time of %.3f s", wall)
        .isLessThanOrEqualTo(ORDERS * wall);
    assertThat(PushFixture.counterIn(after, HISTOGRAM + "_max", CREATE))
        .as("the largest is an earlier test's or within the wall time")
        .isPositive()
        .isLessThanOrEqualTo(Math.max(max0, wall));
    assertThat(PushFixture.odooOrdersByKeys(numbers)).hasSize(ORDERS);
  }

  private static String metrics() {
    return PushFixture.send(null, "GET", "/metrics?scope=application", null, null).body();
  }
}
