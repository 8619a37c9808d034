package net.orderbridge.it.alert;

import static net.orderbridge.it.SyncFixture.count;
import static net.orderbridge.it.SyncFixture.odoo;
import static net.orderbridge.it.SyncFixture.operator;
import static net.orderbridge.it.alert.AlertListener.alertsNamed;
import static net.orderbridge.it.alert.AlertListener.pollNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;
import net.orderbridge.it.pull.PullFixture;
import net.orderbridge.simulator.fault.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alerts of the other levels on the IT server ({@code sync.alert.interval} 3 s, {@code
 * sync.alert.odoo-unreachable.for} 10 s, {@code sync.alert.push-error-rate.window} 20 s with at
 * least 5 pushes): an Odoo outage longer than the threshold is critical and resolves when Odoo is
 * back; a burst of business errors is the error-rate warning naming the orders; a batch drain and
 * an import run are info alerts with their counts. Each test leaves no fault, no dead letter of its
 * own and the push switched on.
 */
class AlertConditionsIT {
  private static final String CREATE = "purchase.order create";

  private AlertListener listener;
  private final List<String> placed = new ArrayList<>();

  @BeforeEach
  void listen() throws IOException {
    odoo();
    listener = AlertListener.start();
  }

  @AfterEach
  void cleanUp() {
    odoo().faults().clear();
    listener.close();
    operator("POST", "/api/sync/push/start", null);
    // the orders a refused create dead-lettered go out now that Odoo takes them
    for (String orderId : placed) {
      SyncFixture.deadLetterOf(orderId)
          .ifPresent(
              dead ->
                  operator(
                      "POST",
                      "/api/sync/dead-letters/" + dead.get("id").asLong() + "/retry",
                      null));
    }
    for (String orderId : placed) {
      SyncFixture.awaitOrderSettled(orderId);
    }
  }

  @Test
  void anOdooOutageLongerThanTheThresholdIsCriticalAndResolvesWhenOdooIsBack() {
    String name = "odoo-unreachable";
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> AlertListener.firing(name).isEmpty());

    long down = System.nanoTime();
    odoo().faults().down(true);
    JsonNode fired = AlertListener.awaitFiringAfterPolls(name, Duration.ofSeconds(90));
    assertThat(Duration.ofNanos(System.nanoTime() - down))
        .as("fires only once the outage is longer than sync.alert.odoo-unreachable.for")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    long id = fired.get("id").asLong();
    assertThat(fired.get("level").asText()).isEqualTo("CRITICAL");
    assertThat(fired.get("evidence").has("circuit")).isTrue();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(listener.postsOf(id, "FIRING")).hasSize(1));
    assertThat(listener.postsOf(id, "FIRING").get(0).signedRight()).isTrue();
    assertThat(listener.postsOf(id, "FIRING").get(0).body().get("text").asText())
        .startsWith("[CRITICAL] FIRING " + name);

    odoo().faults().down(false);
    AlertListener.awaitResolvedAfterPolls(name, id);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(listener.postsOf(id, "RESOLVED")).hasSize(1));
    assertThat(listener.postsOf(id, "FIRING")).hasSize(1);
  }

  @Test
  void aBurstOfBusinessErrorsIsTheErrorRateWarningNamingTheOrders() {
    String notes = SyncFixture.unique("refused by Odoo");
    SyncFixture.product(6);
    SyncFixture.forgetFaultHits();
    odoo().faults().refuseNextOf(CREATE, 1000);
    // placed while the push is off, the orders go out together once it is on again: a burst
    operator("POST", "/api/sync/push/stop", null);
    for (int i = 0; i < 12; i++) {
      placed.add(SyncFixture.place(notes).get("id").asText());
    }
    operator("POST", "/api/sync/push/start", null);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(
                        count(
                            "select count(distinct m.order_id) from sync.outbox_message m"
                                + " join purchase_order.purchase_order o on o.id = m.order_id"
                                + " where o.notes = ? and m.status = 'DEAD'"
                                + " and m.error_type = 'BUSINESS'",
                            notes))
                    .as("orders dead-lettered by Odoo's refusal")
                    .isEqualTo(placed.size()));
    SyncFixture.assertFaultHit(Faults.Kind.REFUSE, CREATE);

    JsonNode warning =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> AlertListener.firing("push-error-rate"),
                w -> w.isPresent() && namedOrders(w.get()).containsAll(placed))
            .orElseThrow();
    assertThat(warning.get("level").asText()).isEqualTo("WARNING");
    assertThat(warning.get("evidence").get("failed").asLong())
        .isGreaterThanOrEqualTo(placed.size());
    assertThat(warning.get("evidence").get("rate").asDouble()).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void aBatchDrainIsAnInfoAlertWithItsCounts() {
    String notes = SyncFixture.unique("batch drain");
    Instant start = Instant.now();
    SyncFixture.product(6);
    operator("POST", "/api/sync/push/stop", null);
    for (int i = 0; i < 3; i++) {
      placed.add(SyncFixture.place(notes).get("id").asText());
    }
    JsonNode batch = operator("POST", "/api/sync/batch", null).json();
    assertThat(batch.get("synced").asInt()).as(batch.toString()).isGreaterThanOrEqualTo(3);

    JsonNode info =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> occurredSince("batch-drain-finished", start, batch), Optional::isPresent)
            .orElseThrow();
    assertThat(info.get("level").asText()).isEqualTo("INFO");
    assertThat(info.get("evidence").get("synced").asInt()).isEqualTo(batch.get("synced").asInt());
    assertThat(info.get("evidence").get("failed").asInt()).isEqualTo(batch.get("failed").asInt());
  }

  @Test
  void switchingWebhooksOffAndOnIsAnInfoAlertEachNamingTheOperator() {
    Instant start = Instant.now();
    try {
      operator("POST", "/api/sync/realtime/stop", null);
      JsonNode off = awaitOccurredSince("webhooks-switched-off", start);
      assertThat(off.get("level").asText()).isEqualTo("INFO");
      assertThat(off.get("evidence").get("by").asText()).isEqualTo("operator");
    } finally {
      operator("POST", "/api/sync/realtime/start", null);
    }
    JsonNode on = awaitOccurredSince("webhooks-switched-on", start);
    assertThat(on.get("evidence").get("enabled").asText()).isEqualTo("true");
  }

  private static JsonNode awaitOccurredSince(String name, Instant start) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> occurredSince(name, start, null), Optional::isPresent)
        .orElseThrow();
  }

  @Test
  void anImportRunIsAnInfoAlertWithItsCounts() {
    Instant start = Instant.now();
    SyncFixture.supplier();
    int odooId = PullFixture.odooOrder(11, SyncFixture.unique("made in Odoo"));
    pollNow();

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(
                        count(
                            "select count(*) from sync.order_binding where odoo_id = ?",
                            (long) odooId))
                    .isEqualTo(1));
    JsonNode info = awaitOccurredSince("import-run-finished", start);
    assertThat(info.get("level").asText()).isEqualTo("INFO");
    JsonNode evidence = info.get("evidence");
    assertThat(evidence.get("imported").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(evidence.get("read").asInt())
        .isGreaterThanOrEqualTo(evidence.get("imported").asInt());
    assertThat(evidence.has("failed")).isTrue();
    assertThat(evidence.has("durationMillis")).isTrue();
  }

  /**
   * The info alert of this name that occurred since {@code start}; with {@code batch}, the one
   * whose counts are that batch's.
   */
  private static Optional<JsonNode> occurredSince(String name, Instant start, JsonNode batch) {
    return alertsNamed(Api.operator(), name).stream()
        .filter(a -> a.get("state").asText().equals("OCCURRED"))
        .filter(a -> !Instant.parse(a.get("firstSeen").asText()).isBefore(start.minusSeconds(2)))
        .filter(
            a ->
                batch == null
                    || a.get("evidence").get("claimed").asInt() == batch.get("claimed").asInt()
                        && a.get("evidence").get("synced").asInt() == batch.get("synced").asInt())
        .findFirst();
  }

  private static List<String> namedOrders(JsonNode alert) {
    JsonNode ids = alert.get("evidence").get("orderIds");
    return ids == null
        ? List.of()
        : StreamSupport.stream(ids.spliterator(), false).map(JsonNode::asText).toList();
  }
}
