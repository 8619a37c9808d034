package net.orderbridge.it.pull;

import static net.orderbridge.it.pull.PullFixture.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Database;
import org.junit.jupiter.api.Test;

/**
 * Orders created in Odoo, not by us, become local orders with a binding, so users see every order.
 */
class PullImportIT {

  @Test
  void anOrderCreatedInOdooIsImportedOnceWithItsLinesAndState() {
    PullFixture.supplier();
    String notes = PullFixture.unique("made in Odoo");
    int odooId =
        PullFixture.odoo()
            .store()
            .create(
                "purchase.order",
                Map.of(
                    "partner_id",
                    11,
                    "note",
                    notes,
                    "order_line",
                    List.of(
                        List.of(0, 0, Map.of("product_id", 5, "product_qty", 3.0)),
                        List.of(0, 0, Map.of("product_id", 6, "product_qty", 1.0)))));
    PullFixture.odoo()
        .store()
        .execute("purchase.order", "button_confirm", Map.of("ids", List.of(odooId)));

    PullFixture.poll();
    PullFixture.poll();

    assertThat(count("select count(*) from sync.order_binding where odoo_id = ?", (long) odooId))
        .as("one binding for the imported order")
        .isEqualTo(1);
    String orderId = orderIdBoundTo(odooId);
    JsonNode order = PullFixture.order(orderId);
    assertThat(order.get("state").asText()).isEqualTo("PURCHASE");
    assertThat(order.get("lines")).hasSize(2);
    assertThat(order.get("lines"))
        .extracting(
            line -> line.get("quantity").decimalValue().stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder("3", "1");
    assertThat(order.get("sync").get("status").asText()).isEqualTo("SYNCED");
    assertThat(count("select count(*) from sync.outbox_message where order_id = ?::uuid", orderId))
        .as("an imported order is not pushed back")
        .isZero();
    assertThat(
            PullFixture.odoo()
                .store()
                .count("purchase.order", List.of(List.of("note", "=", notes))))
        .as("still one order in Odoo")
        .isEqualTo(1);
  }

  @Test
  void inModeAllAPartnerNeverMirroredIsMirroredFromOdooAndItsOrderImported() {
    PullFixture.supplier();
    int newcomer = PullFixture.odooVendor(PullFixture.unique("Newcomer"));
    int odooId = PullFixture.odooOrder(newcomer, PullFixture.unique("from a newcomer"));

    PullFixture.poll();

    assertThat(PullFixture.bound(odooId)).isTrue();
    String supplierId = PullFixture.order(orderIdBoundTo(odooId)).get("supplierId").asText();
    JsonNode supplier = PullFixture.buyer("GET", "/api/suppliers/" + supplierId, null).json();
    assertThat(supplier.get("odooId").asLong()).isEqualTo(newcomer);
  }

  @Test
  void anOrderThatCannotBeImportedHoldsBackNoneOfTheOthersReadWithIt() {
    PullFixture.supplier();
    String notes = PullFixture.unique("one bad among many");
    List<Integer> made = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      made.add(PullFixture.odooOrder(11, notes + "-" + i));
    }
    int bad = made.get(5);
    PullFixture.odoo()
        .store()
        .write(
            "purchase.order",
            bad,
            Map.of(
                "order_line",
                List.of(List.of(0, 0, Map.of("product_id", 6, "product_qty", -1.0)))));

    JsonNode polled = PullFixture.poll();

    assertThat(polled.get("failed").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(made.stream().filter(PullFixture::bound).toList())
        .as("every order but the one with a negative quantity")
        .hasSize(11)
        .doesNotContain(bad);
    JsonNode again = PullFixture.poll();
    assertThat(again.get("failed").asInt())
        .as("tried again, not remembered")
        .isGreaterThanOrEqualTo(1);
    assertThat(PullFixture.bound(bad)).isFalse();
  }

  private static String orderIdBoundTo(int odooId) {
    return Database.text(
        "select order_id from sync.order_binding where odoo_id = ?", (long) odooId);
  }
}
