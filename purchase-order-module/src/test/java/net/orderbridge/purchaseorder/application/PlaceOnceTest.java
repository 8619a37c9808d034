package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.shared.event.PurchaseOrderPlaced;
import org.junit.jupiter.api.Test;

/**
 * An {@code Idempotency-Key} places its order once per caller: a retry is answered with the first
 * order, a different request under the same key is refused, and a retry while the first is in
 * flight waits for it.
 */
class PlaceOnceTest {
  private static final String KEY = "4f1d9c1e-key";

  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final FakeSupplierCatalogue catalogue = new FakeSupplierCatalogue();
  private final RecordingEvents events = new RecordingEvents();
  private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private final PlaceOnce placeOnce =
      new PlaceOnce(
          new PurchaseOrderService(
              orders,
              new OrderInputResolver(catalogue, clock, OrderInputLimits.odooDefaults()),
              events,
              clock),
          new PurchaseOrderQueries(orders),
          keys);
  private final SupplierId supplier = catalogue.supplier();
  private final ProductId dogFood = catalogue.product("Dog food 10 kg");

  @Test
  void theFirstRequestPlacesTheOrderAndBindsTheKeyToIt() {
    PlaceOnce.Placement placement = placeOnce.place("alice", KEY, order("3"));

    assertThat(placement.created()).isTrue();
    assertThat(orders.count()).isEqualTo(1);
    assertThat(events.fired).singleElement().isInstanceOf(PurchaseOrderPlaced.class);
    assertThat(keys.find("alice", KEY).orElseThrow().orderId()).contains(placement.order().id());
  }

  @Test
  void aRetryIsAnsweredWithTheFirstOrderAndPlacesNothing() {
    PlaceOnce.Placement first = placeOnce.place("alice", KEY, order("3"));

    PlaceOnce.Placement retry = placeOnce.place("alice", KEY, order("3"));

    assertThat(retry.created()).isFalse();
    assertThat(retry.order().id()).isEqualTo(first.order().id());
    assertThat(orders.count()).isEqualTo(1);
    assertThat(events.fired).hasSize(1);
  }

  @Test
  void theSameKeyOfAnotherCallerIsAnotherPlacement() {
    PlaceOnce.Placement alices = placeOnce.place("alice", KEY, order("3"));

    PlaceOnce.Placement bobs = placeOnce.place("bob", KEY, order("3"));

    assertThat(bobs.created()).isTrue();
    assertThat(bobs.order().id()).isNotEqualTo(alices.order().id());
  }

  @Test
  void theKeyOfAnotherRequestIsRefusedAndPlacesNothing() {
    placeOnce.place("alice", KEY, order("3"));

    assertThatThrownBy(() -> placeOnce.place("alice", KEY, order("4")))
        .isInstanceOfSatisfying(
            ApplicationProblem.class,
            p -> {
              assertThat(p.type()).isEqualTo(ProblemType.UNPROCESSABLE);
              assertThat(p.field()).isEqualTo("Idempotency-Key");
            });
    assertThat(orders.count()).isEqualTo(1);
  }

  @Test
  void aRetryWhileTheFirstIsInFlightFindsTheKeyTakenAndIsToldToRetryLater() {
    PlacePurchaseOrder command = order("3");
    // the first request has claimed the key with this request's hash and not yet placed its order
    placeOnce.place("carol", "elsewhere", command);
    keys.claim("alice", KEY, keys.find("carol", "elsewhere").orElseThrow().requestHash());

    assertThatThrownBy(() -> placeOnce.place("alice", KEY, command))
        .isInstanceOf(PlaceOnce.KeyTaken.class);
    assertThatThrownBy(() -> placeOnce.replay("alice", KEY, command))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.type()).isEqualTo(ProblemType.CONFLICT));
    assertThat(orders.count()).isEqualTo(1);
  }

  @Test
  void aReplayAfterTheFirstCommittedAnswersWithItsOrder() {
    PlaceOnce.Placement first = placeOnce.place("alice", KEY, order("3"));

    PlaceOnce.Placement replayed = placeOnce.replay("alice", KEY, order("3"));

    assertThat(replayed.created()).isFalse();
    assertThat(replayed.order().id()).isEqualTo(first.order().id());
  }

  private PlacePurchaseOrder order(String quantity) {
    return new PlacePurchaseOrder(
        supplier,
        "EUR",
        null,
        List.of(
            LineInput.newLine(dogFood, new BigDecimal(quantity), new BigDecimal("12.50"), null)));
  }
}
