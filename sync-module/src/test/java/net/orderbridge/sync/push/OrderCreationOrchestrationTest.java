package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.sync.fixture.InMemoryOdoo;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.odoo.ErrorType;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.PlannedOrder;
import net.orderbridge.sync.odoo.purchase.PurchaseSchema;
import net.orderbridge.sync.push.OrderExporter.Exported;
import org.junit.jupiter.api.Test;

/**
 * New orders created in Odoo through the real {@link OrderCreator}, {@link OrderUpdater}, {@link
 * OdooPurchaseOrderRepository} and {@link PurchaseSchema} over an in-memory Odoo at the {@code
 * OdooClient} level. Odoo has no idempotency key: the key recorded before the first create is what
 * keeps a retry after a lost answer from creating the order twice.
 */
class OrderCreationOrchestrationTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  private final InMemoryOdoo odoo = new InMemoryOdoo(NOW);
  private final InMemoryOrderBindings bindings = new InMemoryOrderBindings();

  @Test
  void aNewOrderIsCreatedAndBoundWithoutALookup() {
    PlannedOrder plan = planned("AF-PO-1@here");

    List<Exported> results = creator().createAll(List.of(plan));

    assertThat(results).singleElement().satisfies(e -> assertThat(e.succeeded()).isTrue());
    assertThat(results.get(0).binding().orElseThrow().odooId()).isEqualTo(11L);
    assertThat(odoo.orders).hasSize(1);
    assertThat(odoo.calls)
        .as("never sent, so not looked up")
        .noneMatch(c -> c.startsWith("searchRead"));
  }

  @Test
  void afterALostCreateAnswerTheRetryFindsTheOrderByItsKeyAndCreatesNothing() {
    PlannedOrder plan = planned("AF-PO-2@here");
    odoo.loseNextCreateAnswer();

    Exported first = creator().createAll(List.of(plan)).get(0);
    Exported retry = creator().createAll(List.of(plan)).get(0);

    assertThat(first.failure()).isInstanceOf(OdooUnavailableException.class);
    assertThat(PushFailure.of(first.failure()).type()).isEqualTo(ErrorType.TRANSIENT);
    assertThat(bindings.byOrder.get(plan.orderId()).externalKey())
        .as("the key was recorded before the create was sent")
        .isEqualTo("AF-PO-2@here");
    assertThat(retry.succeeded()).isTrue();
    assertThat(retry.binding().orElseThrow().odooId()).isEqualTo(11L);
    assertThat(odoo.orders).as("one order in Odoo, not two").hasSize(1);
    assertThat(odoo.calls.stream().filter(c -> c.startsWith("create")).count()).isEqualTo(1);
  }

  @Test
  void anOrderOdooRefusesFailsAloneAndTheOthersOfItsCreateAreMade() {
    PlannedOrder refused = planned("AF-PO-3@here");
    PlannedOrder fine = planned("AF-PO-4@here");
    odoo.refuseCreating(
        "AF-PO-3@here", new OdooRejectedException("ValidationError", "Supplier archived"));

    List<Exported> results = creator().createAll(List.of(refused, fine));

    assertThat(results)
        .filteredOn(e -> e.orderId().equals(refused.orderId()))
        .singleElement()
        .satisfies(e -> assertThat(e.failure()).hasMessageContaining("Supplier archived"));
    assertThat(results)
        .filteredOn(e -> e.orderId().equals(fine.orderId()))
        .singleElement()
        .satisfies(e -> assertThat(e.succeeded()).isTrue());
    assertThat(odoo.orders.values())
        .extracting(o -> o.get("origin"))
        .containsExactly("AF-PO-4@here");
  }

  private OrderCreator creator() {
    var client = odoo.client();
    var orders = new OdooPurchaseOrderRepository(client, new PurchaseSchema(client));
    return new OrderCreator(orders, bindings, new OrderUpdater(orders));
  }

  /** A plain draft without lines, as the mapper plans it. */
  private static PlannedOrder planned(String key) {
    return new PlannedOrder(
        UUID.randomUUID(),
        key,
        Map.of("origin", key, "partner_id", 7L),
        List.of(),
        "h-" + key,
        "DRAFT",
        false);
  }
}
