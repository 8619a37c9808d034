package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The purchase-order context fires {@code PurchaseOrderPlaced}; the sync context observes it in the
 * same transaction and writes an outbox row. Both commit together, and when the sync side fails,
 * the order is rolled back with it: nothing is half-written.
 */
class OutboxTransactionIT {
  private static String supplier;
  private static String chair;

  @BeforeAll
  static void catalogue() {
    supplier = Catalogue.supplierId(Catalogue.READY_MAT);
    chair = Catalogue.productId(Catalogue.OFFICE_CHAIR);
  }

  private static String order(String notes) {
    return """
        {"supplierId": "%s", "notes": "%s", "lines": [{"productId": "%s", "quantity": 1}]}"""
        .formatted(supplier, notes, chair);
  }

  @Test
  void placedOrderAndItsOutboxRowCommitTogether() {
    Api.Reply placed =
        Api.purchaser().post("/api/purchase-orders", order("outbox " + UUID.randomUUID()));

    assertThat(placed.status()).isEqualTo(201);
    UUID id = UUID.fromString(placed.json().get("id").asText());
    assertThat(
            Database.count(
                "select count(*) from sync.outbox_message where order_id = ? and kind = 'PLACED'",
                id))
        .isEqualTo(1);
  }

  @Test
  void whenTheSyncContextFailsTheOrderIsRolledBackToo() {
    String marker = "rollback-probe-" + UUID.randomUUID();
    Database.execute(
        """
        create or replace function sync.refuse_probe() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from purchase_order.purchase_order
                     where id = new.order_id and notes like 'rollback-probe-%') then
            raise exception 'outbox refuses this order';
          end if;
          return new;
        end $$;
        create trigger refuse_probe before insert on sync.outbox_message
          for each row execute function sync.refuse_probe();
        """);
    try {
      Api.Reply placed = Api.purchaser().post("/api/purchase-orders", order(marker));

      assertThat(placed.status()).isEqualTo(500);
      assertThat(placed.contentType()).startsWith("application/problem+json");
      assertThat(
              Database.count(
                  "select count(*) from purchase_order.purchase_order where notes = ?", marker))
          .isZero();
    } finally {
      Database.execute(
          "drop trigger refuse_probe on sync.outbox_message; drop function sync.refuse_probe()");
    }
  }
}
