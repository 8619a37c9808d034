package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.orderbridge.shared.domain.PurchaseOrderId;
import org.junit.jupiter.api.Test;

/** Reading orders by a set of ids answers those that exist, each with its lines. */
class PurchaseOrderQueriesTest {
  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final FakeSupplierCatalogue catalogue = new FakeSupplierCatalogue();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private final PurchaseOrderService service =
      new PurchaseOrderService(
          orders,
          new OrderInputResolver(catalogue, clock, OrderInputLimits.odooDefaults()),
          new RecordingEvents(),
          clock);
  private final PurchaseOrderQueries queries = new PurchaseOrderQueries(orders);

  @Test
  void theOrdersOfTheIdsThatExistAreAnsweredWithTheirLines() {
    PurchaseOrderDetails first = placeOne();
    PurchaseOrderDetails second = placeOne();

    List<PurchaseOrderDetails> found =
        queries.findAll(List.of(second.id(), PurchaseOrderId.random(), first.id()));

    assertThat(found)
        .extracting(PurchaseOrderDetails::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(found).allSatisfy(o -> assertThat(o.lines()).hasSize(1));
    assertThat(queries.findAll(List.of())).isEmpty();
  }

  @Test
  void missingArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> queries.findAll(null)).hasMessage("ids");
    assertThatThrownBy(() -> queries.find(null)).hasMessage("id");
  }

  private PurchaseOrderDetails placeOne() {
    return service.place(
        new PlacePurchaseOrder(
            catalogue.supplier(),
            "EUR",
            null,
            List.of(
                LineInput.newLine(
                    catalogue.product("Dog food 10 kg"), BigDecimal.ONE, BigDecimal.TEN, null))));
  }
}
