package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.odoo;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.orderbridge.it.Database;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 1: the key that finds an order after a lost answer is unique across
 * installations. Odoo already holds orders with our number in {@code origin}, written by an earlier
 * installation (our number alone) and by another one (our number with its own installation id);
 * Odoo's answer to our create is lost. The lookup finds our own order, never one of theirs, and
 * theirs are left as they were.
 */
class PushLookupAmongForeignOrdersIT {

  @AfterEach
  void pushOnAgain() {
    operator("POST", "/api/sync/push/start", null);
  }

  @Test
  void aCreateWhoseOutcomeWasNeverLearntIsLookedUpByOurKeyAndNeverBindsAnotherInstallationsOrder() {
    SyncFixture.product(5);
    assertThat(operator("POST", "/api/sync/push/stop", null).status()).isEqualTo(200);
    var placed = PushFixture.place(PushFixture.unique("foreign keys"));
    String id = placed.get("id").asText();
    String number = placed.get("number").asText();
    int earlier = foreignOrder(number);
    int other = foreignOrder(number + "@0000000000");

    String key = PushFixture.keysOf(List.of(number)).get(0);
    Database.execute(
        "insert into sync.order_binding (order_id, external_key) values ('"
            + id
            + "', '"
            + key
            + "')");
    assertThat(operator("POST", "/api/sync/push/start", null).status()).isEqualTo(200);
    PushFixture.awaitOrderSettled(id);

    List<Map<String, Object>> ours = PushFixture.odooOrders(number);
    assertThat(ours).as("our order in Odoo, by our key").hasSize(1);
    int bound = PushFixture.odooIdOf(id);
    assertThat(bound)
        .isEqualTo(((Number) ours.get(0).get("id")).intValue())
        .isNotIn(earlier, other);
    assertThat(odoo().store().read("purchase.order", earlier))
        .containsEntry("origin", number)
        .containsEntry("state", "draft");
    assertThat(odoo().store().read("purchase.order", other))
        .containsEntry("origin", number + "@0000000000")
        .containsEntry("state", "draft");
  }

  /** A draft in Odoo from Ready Mat with this {@code origin}, as another installation left it. */
  private static int foreignOrder(String origin) {
    return odoo()
        .store()
        .create(
            "purchase.order",
            Map.of(
                "partner_id",
                11,
                "origin",
                origin,
                "order_line",
                List.of(List.of(0, 0, Map.of("product_id", 5, "product_qty", 1.0)))));
  }
}
