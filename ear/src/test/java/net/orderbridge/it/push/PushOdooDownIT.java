package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.odoo;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.orderbridge.it.Api;
import net.orderbridge.simulator.fault.Faults;
import org.junit.jupiter.api.Test;

/**
 * Odoo refuses every call for a minute ({@code push.it.down}, default {@code PT60S}) while orders
 * are created throughout: nothing is lost, nothing is dead-lettered, the circuit opens and closes
 * again, readiness stays UP, and every order arrives once, soon after Odoo is back. Once the
 * circuit is open the outage costs no attempts, so an outage of any length dead-letters nothing.
 * Proves the persistent timer too: once the circuit is open, only the timer restarts the push.
 */
class PushOdooDownIT {
  private static final Duration DOWN = Duration.parse(System.getProperty("push.it.down", "PT60S"));
  private static final int ROUNDS = 6;

  @Test
  void ordersWaitWhileOdooIsDownAndAllArriveWhenItIsBack() throws Exception {
    String notes = PushFixture.unique("odoo down");
    PushFixture.product(6);
    List<String> numbers = new ArrayList<>();
    PushFixture.forgetFaultHits();
    odoo().faults().down(true);
    try {
      long start = System.nanoTime();
      boolean opened = false;
      long attemptsWhenOpened = -1;
      for (int round = 0; round < ROUNDS; round++) {
        numbers.addAll(PushFixture.placeMany(10, notes));
        long due = start + DOWN.toNanos() * (round + 1) / ROUNDS;
        while (System.nanoTime() < due) {
          opened |= "OPEN".equals(circuit());
          if (attemptsWhenOpened < 0 && pushMetTheOpenCircuit(notes)) {
            attemptsWhenOpened = mostAttempts(notes);
          }
          Thread.sleep(500);
        }
      }
      assertThat(opened).as("the circuit opened while Odoo was down").isTrue();
      assertThat(attemptsWhenOpened).as("the push met the open circuit").isNotNegative();
      // the half-open probes failed every few seconds since, and cost no attempt (one may have
      // been on its way when the push first met the open circuit)
      assertThat(mostAttempts(notes))
          .as("attempts of one order, counted once the circuit was open")
          .isLessThanOrEqualTo(attemptsWhenOpened + 1);
      assertThat(PushFixture.odooOrdersByKeys(numbers)).isEmpty();
      // every batch opens with the database check, which meets the outage: no create is tried
      PushFixture.assertFaultHit(Faults.Kind.DOWN, PushFixture.DATABASE_CHECK);
      assertThat(Delivery.messages(notes, "PENDING")).isEqualTo(numbers.size());
      assertThat(Delivery.messages(notes, "DEAD")).isZero();
      JsonNode ready = PushFixture.JSON.readTree(health());
      assertThat(ready.get("status").asText()).isEqualTo("UP");
      assertThat(ready.toString()).contains("\"reachable\":false");

      odoo().faults().down(false);
      // soon: once Odoo answers again, the orders its outage pushed back (a backoff of up to a
      // minute by now) are due at once
      Delivery.awaitAllDelivered(notes, numbers, Duration.ofSeconds(45));
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .untilAsserted(() -> assertThat(circuit()).isEqualTo("CLOSED"));
    } finally {
      odoo().faults().clear();
    }
  }

  /** A push of these orders was refused by the open circuit (and recorded why). */
  private static boolean pushMetTheOpenCircuit(String notes) {
    return PushFixture.count(
            "select count(*) from sync.outbox_message m"
                + " join purchase_order.purchase_order o on o.id = m.order_id"
                + " where o.notes = ? and m.last_error like 'CircuitBreakerOpenException%'",
            notes)
        > 0;
  }

  private static long mostAttempts(String notes) {
    return PushFixture.count(
        "select coalesce(max(m.attempts), 0) from sync.outbox_message m"
            + " join purchase_order.purchase_order o on o.id = m.order_id where o.notes = ?",
        notes);
  }

  private static String circuit() {
    return operator("GET", "/api/sync/status", null).json().get("odoo").get("circuit").asText();
  }

  private static String health() throws Exception {
    return Api.client()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(PushFixture.BASE + "/health/ready"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
