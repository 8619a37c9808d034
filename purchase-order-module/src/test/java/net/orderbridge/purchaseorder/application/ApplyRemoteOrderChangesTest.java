package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.OrderState;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.ImportedOrder;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.RemoteLine;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.event.PurchaseOrderChangedInOdoo;
import net.orderbridge.shared.event.PurchaseOrderImported;
import org.junit.jupiter.api.Test;

class ApplyRemoteOrderChangesTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final LocalDate PLANNED = LocalDate.parse("2026-12-01");

  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final FakeSupplierCatalogue catalogue = new FakeSupplierCatalogue();
  private final RecordingEvents events = new RecordingEvents();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final ApplyRemoteOrderChanges remote = new ApplyRemoteOrderChanges(orders, events, clock);
  private final ProductId dogFood = catalogue.product("Dog food 10 kg");

  private RemoteLine line(UUID lineId, String quantity) {
    return new RemoteLine(
        lineId,
        dogFood.value(),
        "Dog food 10 kg",
        new BigDecimal(quantity),
        new BigDecimal("12.50"),
        PLANNED);
  }

  private UUID imported(OrderState state, boolean locked) {
    return remote.importOrder(
        new ImportedOrder(
            42,
            catalogue.supplier().value(),
            "EUR",
            "from Odoo",
            state,
            locked,
            List.of(line(null, "3"))));
  }

  private PurchaseOrder order(UUID id) {
    return orders.find(new PurchaseOrderId(id)).orElseThrow();
  }

  @Test
  void anOrderMadeInOdooIsImportedWithItsStateAndFiresImportedNotPlaced() {
    UUID id = imported(OrderState.PURCHASE, false);

    assertThat(order(id).state()).isEqualTo(PurchaseOrderState.PURCHASE);
    assertThat(order(id).lines()).hasSize(1);
    assertThat(events.fired).singleElement().isInstanceOf(PurchaseOrderImported.class);
    assertThat(((PurchaseOrderImported) events.fired.get(0)).odooId()).isEqualTo(42);
  }

  @Test
  void odooStateIsTakenEvenWhereLocalRulesWouldRefuseIt() {
    UUID id = imported(OrderState.CANCELLED, false);

    boolean changed = remote.applyState(id, OrderState.PURCHASE, true);

    assertThat(changed).isTrue();
    assertThat(order(id).state()).isEqualTo(PurchaseOrderState.PURCHASE);
    assertThat(order(id).isLocked()).isTrue();
    assertThat(events.fired)
        .as("a change from Odoo, not one to push")
        .last()
        .isInstanceOf(PurchaseOrderChangedInOdoo.class);
  }

  @Test
  void theSameStateAgainChangesNothingAndFiresNothing() {
    UUID id = imported(OrderState.PURCHASE, false);
    int fired = events.fired.size();

    assertThat(remote.applyState(id, OrderState.PURCHASE, false)).isFalse();
    assertThat(events.fired).hasSize(fired);
  }

  @Test
  void odooLinesReplaceOursEvenOnAConfirmedOrder() {
    UUID id = imported(OrderState.PURCHASE, false);
    UUID kept = order(id).lines().get(0).id().value();

    remote.applyNotesAndLines(id, "changed in Odoo", List.of(line(kept, "5"), line(null, "1")));

    assertThat(order(id).notes()).contains("changed in Odoo");
    assertThat(order(id).lines()).hasSize(2);
    assertThat(order(id).lines().get(0).id().value()).isEqualTo(kept);
    assertThat(order(id).lines().get(0).quantity().value()).isEqualByComparingTo("5");

    remote.applyNotesAndLines(id, null, List.of(line(null, "2")));

    assertThat(order(id).lines())
        .singleElement()
        .satisfies(l -> assertThat(l.id().value()).isNotEqualTo(kept));
  }
}
