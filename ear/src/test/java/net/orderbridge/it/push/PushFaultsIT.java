package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.odoo;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.orderbridge.it.Database;
import net.orderbridge.simulator.fault.Faults;
import net.orderbridge.simulator.fault.Faults.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault switch of the simulator while a run of orders is pushed: afterwards every order is in
 * Odoo exactly once with its lines, and the fault hit the push's {@code purchase.order create} (the
 * simulator's record of the calls faults hit says so). Counted faults are aimed at that call: "the
 * next N calls" would all be spent on the database check that opens every push batch ({@link
 * PushFixture#DATABASE_CHECK}) and never reach a create. A down Odoo and a refused key fail every
 * call, so they are met by that check, and no create is tried while they last. {@code
 * push.it.orders} orders per fault (default 500) and {@code push.it.big} for the run with several
 * faults at once (default 500). Refused credentials are the one fault that needs a person: the
 * orders tried meanwhile are dead letters, and an operator's retry delivers them.
 */
class PushFaultsIT {
  private static final int ORDERS = Integer.getInteger("push.it.orders", 500);
  private static final int BIG = Integer.getInteger("push.it.big", 500);
  private static final Duration SETTLE = Duration.ofSeconds(180);
  private static final String CREATE = "purchase.order create";

  @BeforeAll
  static void catalogue() {
    PushFixture.product(5);
    PushFixture.product(6);
  }

  @AfterEach
  void clearFaults() {
    odoo().faults().clear().holdFor(Duration.ofMinutes(2));
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        fault(
            "latency", Kind.LATENCY, f -> f.latency(Duration.ofMillis(50), Duration.ofMillis(30))),
        fault("502", Kind.FAIL, f -> f.failNextOf(CREATE, 3, 502)),
        fault("503", Kind.FAIL, f -> f.failNextOf(CREATE, 3, 503)),
        fault("504", Kind.FAIL, f -> f.failNextOf(CREATE, 3, 504)),
        fault("connection reset", Kind.FAIL, f -> f.failNextOf(CREATE, 3, Faults.CONNECTION_RESET)),
        fault(
            "timeout",
            Kind.TIMEOUT,
            f -> f.holdFor(Duration.ofSeconds(3)).timeoutNextOf(CREATE, 2)),
        fault(
            "response dropped after commit",
            Kind.DROP_AFTER_COMMIT,
            f -> f.dropResponseAfterCommitOfNext(CREATE, 3)),
        fault("rate limit", Kind.RATE_LIMITED, f -> f.rateLimit(3)));
  }

  private static Arguments fault(String name, Kind kind, Consumer<Faults> fault) {
    return Arguments.of(name, kind, fault);
  }

  /**
   * Places {@code push.it.orders} orders under the fault, which stays {@code holdMillis} longer;
   * returns their numbers. The record of the calls faults hit starts empty with the fault.
   */
  private static List<String> placeUnder(Consumer<Faults> fault, String notes, long holdMillis)
      throws Exception {
    PushFixture.forgetFaultHits();
    fault.accept(odoo().faults());
    List<String> numbers = PushFixture.placeMany(ORDERS, notes);
    Thread.sleep(holdMillis);
    odoo().faults().clear();
    return numbers;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void everyOrderArrivesOnceDespite(String name, Kind kind, Consumer<Faults> fault)
      throws Exception {
    String notes = PushFixture.unique("fault " + name);
    List<String> numbers = placeUnder(fault, notes, 2000);

    Delivery.awaitAllDelivered(notes, numbers, SETTLE);
    if (kind == Kind.RATE_LIMITED) {
      // a rate limit answers 429 to whichever calls exceed it in a second: any call of the push
      // batch (its database check, its read of the bound orders, the create)
      PushFixture.assertFaultHit(kind, CREATE, "purchase.order read", PushFixture.DATABASE_CHECK);
    } else {
      PushFixture.assertFaultHit(kind, CREATE);
    }
  }

  @Test
  void everyOrderArrivesOnceWhileOdooIsDownForAWhile() throws Exception {
    String notes = PushFixture.unique("fault down");
    List<String> numbers = placeUnder(f -> f.down(true), notes, 3000);

    Delivery.awaitAllDelivered(notes, numbers, SETTLE);
    PushFixture.assertFaultHit(Kind.DOWN, PushFixture.DATABASE_CHECK);
  }

  @Test
  void everyOrderArrivesOnceAfterTheKeyWasRefusedForAWhileAndAnOperatorRetried() throws Exception {
    String notes = PushFixture.unique("fault key refused");
    List<String> numbers = placeUnder(f -> f.rejectApiKey(true), notes, 2000);
    await()
        .atMost(SETTLE)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(Delivery.messages(notes, "PENDING")).isZero());
    List<Long> dead =
        Database.numbers(
            "select m.id from sync.outbox_message m join purchase_order.purchase_order o"
                + " on o.id = m.order_id where o.notes = ? and m.status = 'DEAD'"
                + " and m.error_type = 'PERMANENT'",
            notes);
    assertThat(dead).as("orders tried while the key was refused").isNotEmpty();
    PushFixture.assertFaultHit(Kind.REJECT_API_KEY, PushFixture.DATABASE_CHECK);

    assertThat(operator("POST", "/api/sync/dead-letters/retry?errorType=FATAL", null).status())
        .isEqualTo(422);
    JsonNode revived =
        operator("POST", "/api/sync/dead-letters/retry?errorType=PERMANENT", null).json();
    assertThat(revived.get("revived").asInt()).isGreaterThanOrEqualTo(dead.size());
    Delivery.awaitAllDelivered(notes, numbers, SETTLE);
  }

  @Test
  void manyOrdersArriveOnceThroughSeveralFaults() throws Exception {
    String notes = PushFixture.unique("fault big");
    PushFixture.forgetFaultHits();
    odoo()
        .faults()
        .latency(Duration.ofMillis(20), Duration.ofMillis(20))
        .failNextOf(CREATE, 2, 502)
        .dropResponseAfterCommitOfNext(CREATE, 3);

    long start = System.nanoTime();
    List<String> numbers = PushFixture.placeMany(BIG, notes);
    long placed = System.nanoTime();
    Delivery.awaitAllDelivered(notes, numbers, SETTLE);
    PushFixture.assertFaultHit(Kind.LATENCY, CREATE);
    PushFixture.assertFaultHit(Kind.FAIL, CREATE);
    PushFixture.assertFaultHit(Kind.DROP_AFTER_COMMIT, CREATE);
    System.out.printf(
        "PUSH-FIGURES %d orders: placed in %d ms, all in Odoo %d ms after the first%n",
        BIG, (placed - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
  }
}
