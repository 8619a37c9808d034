package net.orderbridge.it.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What "every order arrived exactly once" means for a run of orders placed with the same notes:
 * every outbox message settled and none dead, each order in Odoo once (counted by its key, our
 * number in {@code origin}) with a chair and two lamps as a draft, and its {@code sync} block
 * SYNCED.
 */
public final class Delivery {
  private Delivery() {}

  public static void awaitAllDelivered(String notes, List<String> numbers, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> assertThat(messages(notes, "PENDING")).as("pending messages").isZero());
    assertThat(messages(notes, "DEAD")).as("dead letters").isZero();
    assertExactlyOnceInOdoo(numbers);
    assertThat(
            PushFixture.count(
                "select count(*) from purchase_order.order_sync_state s"
                    + " join purchase_order.purchase_order o on o.id = s.order_id"
                    + " where o.notes = ? and s.status = 'SYNCED' and s.odoo_id is not null",
                notes))
        .as("orders whose sync block says SYNCED")
        .isEqualTo(numbers.size());
  }

  public static long messages(String notes, String status) {
    return PushFixture.count(
        "select count(*) from sync.outbox_message m"
            + " join purchase_order.purchase_order o on o.id = m.order_id"
            + " where o.notes = ? and m.status = ?",
        notes,
        status);
  }

  public static void assertExactlyOnceInOdoo(List<String> numbers) {
    List<Map<String, Object>> orders = PushFixture.odooOrdersByKeys(numbers);
    Map<Object, Long> perKey =
        orders.stream().collect(Collectors.groupingBy(o -> o.get("origin"), Collectors.counting()));
    assertThat(perKey).as("Odoo orders per key").hasSize(numbers.size());
    assertThat(perKey.values()).as("Odoo orders per key").containsOnly(1L);
    assertThat(orders).extracting(o -> o.get("state")).containsOnly("draft");
    List<Object> ids = orders.stream().map(o -> o.get("id")).toList();
    List<Map<String, Object>> lines =
        PushFixture.odoo()
            .store()
            .searchRead(
                "purchase.order.line",
                List.of(List.of("order_id", "in", ids)),
                List.of("order_id", "product_id", "product_qty"));
    Map<Object, Map<Object, Object>> byOrder = new HashMap<>();
    for (Map<String, Object> line : lines) {
      Object order = ((List<?>) line.get("order_id")).get(0);
      Object product = ((List<?>) line.get("product_id")).get(0);
      Object previous =
          byOrder
              .computeIfAbsent(order, o -> new HashMap<>())
              .put(product, line.get("product_qty"));
      assertThat(previous).as("a second line of product " + product).isNull();
    }
    assertThat(byOrder).hasSize(numbers.size());
    assertThat(byOrder.values()).containsOnly(Map.of(5, 1.0, 6, 2.0));
  }
}
