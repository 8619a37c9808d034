package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLineId;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderCriteria;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.shared.event.PurchaseOrderCancelled;
import net.orderbridge.shared.event.PurchaseOrderChanged;
import net.orderbridge.shared.event.PurchaseOrderConfirmed;
import net.orderbridge.shared.event.PurchaseOrderDeleted;
import net.orderbridge.shared.event.PurchaseOrderPlaced;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PurchaseOrderServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final FakeSupplierCatalogue catalogue = new FakeSupplierCatalogue();
  private final RecordingEvents events = new RecordingEvents();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final PurchaseOrderService service =
      new PurchaseOrderService(
          orders,
          new OrderInputResolver(catalogue, clock, OrderInputLimits.odooDefaults()),
          events,
          clock);
  private final PurchaseOrderQueries queries = new PurchaseOrderQueries(orders);

  private final SupplierId supplier = catalogue.supplier();
  private final ProductId dogFood = catalogue.product("Dog food 10 kg");

  private PurchaseOrderDetails placeOne() {
    return service.place(
        new PlacePurchaseOrder(
            supplier,
            "EUR",
            "urgent",
            List.of(
                LineInput.newLine(dogFood, new BigDecimal("3"), new BigDecimal("12.50"), null))));
  }

  private RevisePurchaseOrder revision(PurchaseOrderDetails order, long expectedVersion) {
    OrderLineId first = order.lines().get(0).lineId();
    return new RevisePurchaseOrder(
        order.id(),
        expectedVersion,
        supplier,
        "EUR",
        null,
        List.of(new LineInput(first, dogFood, new BigDecimal("4"), new BigDecimal("12.50"), null)));
  }

  private static ApplicationProblem refused(ThrowingCallable action, ProblemType type) {
    ApplicationProblem problem = catchThrowableOfType(ApplicationProblem.class, action);
    assertThat(problem).as("expected a %s problem", type).isNotNull();
    assertThat(problem.type()).isEqualTo(type);
    return problem;
  }

  @Test
  void placingStoresADraftWithANumberAndFiresPlaced() {
    PurchaseOrderDetails placed = placeOne();

    assertThat(placed.number().value()).isEqualTo("AF-PO-000001");
    assertThat(placed.state()).isEqualTo(PurchaseOrderState.DRAFT);
    assertThat(placed.untaxedTotal()).isEqualTo(Money.of("37.50", "EUR"));
    assertThat(placed.lines().get(0).description()).isEqualTo("Dog food 10 kg");
    assertThat(placed.lines().get(0).plannedDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(placed.placedAt()).isEqualTo(NOW);
    assertThat(queries.find(placed.id())).isPresent();
    assertThat(events.fired).containsExactly(new PurchaseOrderPlaced(placed.id().value(), NOW));
  }

  @Test
  void aMissingUnitPriceComesFromTheSuppliersPriceList() {
    catalogue.listPrice(supplier, dogFood, Money.of("11.20", "EUR"));
    PurchaseOrderDetails placed =
        service.place(
            new PlacePurchaseOrder(
                supplier,
                "EUR",
                null,
                List.of(LineInput.newLine(dogFood, BigDecimal.ONE, null, null))));
    assertThat(placed.lines().get(0).unitPrice()).isEqualTo(Money.of("11.20", "EUR"));
  }

  @Test
  void aMissingUnitPriceWithoutAListPriceIsRefusedNamingTheLine() {
    ApplicationProblem problem =
        refused(
            () ->
                service.place(
                    new PlacePurchaseOrder(
                        supplier,
                        "EUR",
                        null,
                        List.of(LineInput.newLine(dogFood, BigDecimal.ONE, null, null)))),
            ProblemType.UNPROCESSABLE);
    assertThat(problem.field()).isEqualTo("lines[0].unitPrice");
  }

  @Test
  void aListPriceInAnotherCurrencyIsRefused() {
    catalogue.listPrice(supplier, dogFood, Money.of("11", "USD"));
    ApplicationProblem problem =
        refused(
            () ->
                service.place(
                    new PlacePurchaseOrder(
                        supplier,
                        "EUR",
                        null,
                        List.of(LineInput.newLine(dogFood, BigDecimal.ONE, null, null)))),
            ProblemType.UNPROCESSABLE);
    assertThat(problem.field()).isEqualTo("lines[0].unitPrice");
  }

  @Test
  void anUnknownSupplierIsRefusedNamingTheField() {
    ApplicationProblem problem =
        refused(
            () -> service.place(new PlacePurchaseOrder(SupplierId.random(), "EUR", null, null)),
            ProblemType.UNPROCESSABLE);
    assertThat(problem.field()).isEqualTo("supplierId");
    assertThat(events.fired).isEmpty();
  }

  @Test
  void anUnknownProductIsRefusedNamingTheLine() {
    ApplicationProblem problem =
        refused(
            () ->
                service.place(
                    new PlacePurchaseOrder(
                        supplier,
                        "EUR",
                        null,
                        List.of(
                            LineInput.newLine(dogFood, BigDecimal.ONE, BigDecimal.ONE, null),
                            LineInput.newLine(
                                ProductId.random(), BigDecimal.ONE, BigDecimal.ONE, null)))),
            ProblemType.UNPROCESSABLE);
    assertThat(problem.field()).isEqualTo("lines[1].productId");
  }

  @Test
  void aNegativeOrMissingQuantityIsRefusedNamingTheLine() {
    for (BigDecimal quantity : new BigDecimal[] {null, new BigDecimal("-1"), BigDecimal.ZERO}) {
      ApplicationProblem problem =
          refused(
              () ->
                  service.place(
                      new PlacePurchaseOrder(
                          supplier,
                          "EUR",
                          null,
                          List.of(LineInput.newLine(dogFood, quantity, BigDecimal.ONE, null)))),
              ProblemType.UNPROCESSABLE);
      assertThat(problem.field()).isEqualTo("lines[0].quantity");
    }
  }

  @Test
  void anUnknownCurrencyIsRefusedNamingTheField() {
    ApplicationProblem problem =
        refused(
            () -> service.place(new PlacePurchaseOrder(supplier, "EURO", null, null)),
            ProblemType.UNPROCESSABLE);
    assertThat(problem.field()).isEqualTo("currency");
  }

  @Test
  void revisingAtTheExpectedVersionStoresAndFiresChanged() {
    PurchaseOrderDetails placed = placeOne();
    events.fired.clear();

    PurchaseOrderDetails revised = service.revise(revision(placed, placed.version()));

    assertThat(revised.untaxedTotal()).isEqualTo(Money.of("50.00", "EUR"));
    assertThat(revised.lines().get(0).lineId()).isEqualTo(placed.lines().get(0).lineId());
    assertThat(orders.stores).isEqualTo(1);
    assertThat(events.fired).containsExactly(new PurchaseOrderChanged(placed.id().value(), NOW));
  }

  @Test
  void revisingAnOrderThatMovedOnIsAFailedPrecondition() {
    PurchaseOrderDetails placed = placeOne();
    events.fired.clear();

    refused(
        () -> service.revise(revision(placed, placed.version() + 1)),
        ProblemType.PRECONDITION_FAILED);

    assertThat(queries.find(placed.id()).orElseThrow().untaxedTotal())
        .isEqualTo(Money.of("37.50", "EUR"));
    assertThat(events.fired).isEmpty();
  }

  @Test
  void revisingAnUnknownOrderIsNotFound() {
    PurchaseOrderDetails placed = placeOne();
    RevisePurchaseOrder command = revision(placed, 0);
    refused(
        () ->
            service.revise(
                new RevisePurchaseOrder(
                    PurchaseOrderId.random(), 0, supplier, "EUR", null, command.lines())),
        ProblemType.NOT_FOUND);
  }

  @Test
  void confirmingFiresConfirmed() {
    PurchaseOrderDetails placed = placeOne();
    events.fired.clear();

    PurchaseOrderDetails confirmed = service.confirm(placed.id());

    assertThat(confirmed.state()).isEqualTo(PurchaseOrderState.PURCHASE);
    assertThat(events.fired).containsExactly(new PurchaseOrderConfirmed(placed.id().value(), NOW));
  }

  @Test
  void aRefusedConfirmationFiresNothing() {
    PurchaseOrderDetails empty =
        service.place(new PlacePurchaseOrder(supplier, "EUR", null, List.of()));
    events.fired.clear();

    refused(() -> service.confirm(empty.id()), ProblemType.UNPROCESSABLE);

    assertThat(events.fired).isEmpty();
    assertThat(orders.stores).isZero();
  }

  @Test
  void cancellingFiresCancelledAndResettingFiresChanged() {
    PurchaseOrderDetails placed = placeOne();
    events.fired.clear();

    service.cancel(placed.id());
    PurchaseOrderDetails draft = service.resetToDraft(placed.id());

    assertThat(draft.state()).isEqualTo(PurchaseOrderState.DRAFT);
    assertThat(events.fired)
        .containsExactly(
            new PurchaseOrderCancelled(placed.id().value(), NOW),
            new PurchaseOrderChanged(placed.id().value(), NOW));
  }

  @Test
  void lockingAndUnlockingFireChanged() {
    PurchaseOrderDetails placed = placeOne();
    service.confirm(placed.id());
    events.fired.clear();

    assertThat(service.lock(placed.id()).locked()).isTrue();
    assertThat(service.unlock(placed.id()).locked()).isFalse();
    assertThat(events.fired).hasSize(2).allMatch(PurchaseOrderChanged.class::isInstance);
  }

  @Test
  void deletingADraftRemovesItAndFiresDeleted() {
    PurchaseOrderDetails placed = placeOne();
    events.fired.clear();

    service.delete(placed.id());

    assertThat(queries.find(placed.id())).isEmpty();
    assertThat(events.fired).containsExactly(new PurchaseOrderDeleted(placed.id().value(), NOW));
  }

  @Test
  void deletingAConfirmedOrderIsRefusedAndKeepsIt() {
    PurchaseOrderDetails placed = placeOne();
    service.confirm(placed.id());
    events.fired.clear();

    refused(() -> service.delete(placed.id()), ProblemType.CONFLICT);

    assertThat(queries.find(placed.id())).isPresent();
    assertThat(events.fired).isEmpty();
  }

  @Test
  void searchingFiltersByStateAndSupplierAndCountsTheTotal() {
    PurchaseOrderDetails first = placeOne();
    placeOne();
    PurchaseOrderDetails third = placeOne();
    service.confirm(first.id());

    var drafts =
        queries.search(
            new PurchaseOrderCriteria(PurchaseOrderState.DRAFT, supplier), PageRequest.first(1));

    assertThat(drafts.total()).isEqualTo(2);
    assertThat(drafts.items()).extracting(PurchaseOrderSummary::id).containsExactly(third.id());
    assertThat(drafts.hasNext()).isTrue();
    assertThat(
            queries
                .search(new PurchaseOrderCriteria(null, SupplierId.random()), PageRequest.first(10))
                .total())
        .isZero();
  }

  private ApplicationProblem placing(String notes, String quantity, String unitPrice) {
    return refused(
        () ->
            service.place(
                new PlacePurchaseOrder(
                    supplier,
                    "EUR",
                    notes,
                    List.of(
                        LineInput.newLine(
                            dogFood,
                            new BigDecimal(quantity),
                            unitPrice == null ? null : new BigDecimal(unitPrice),
                            null)))),
        ProblemType.INVALID_INPUT);
  }

  @Test
  void hugeExponentsAreRefusedNamingTheFieldBeforeAnyArithmetic() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5), // a guard against expanding the value, not a speed goal
        () -> {
          assertThat(placing(null, "1e20000000", "1").field()).isEqualTo("lines[0].quantity");
          assertThat(placing(null, "1", "1e-20000000").field()).isEqualTo("lines[0].unitPrice");
          assertThat(placing(null, "1e20000000", null).field()).isEqualTo("lines[0].quantity");
          assertThat(placing(null, "9".repeat(5000), "1").field()).isEqualTo("lines[0].quantity");
        });
    assertThat(orders.count()).isZero();
  }

  @Test
  void moreDecimalsThanOdoosAccuracyAreRefusedNotRounded() {
    assertThat(placing(null, "1.005", "1").getMessage()).contains("at most 2 after the point");
    assertThat(placing(null, "1", "0.125").field()).isEqualTo("lines[0].unitPrice");
    assertThat(placing(null, "12345678901234", "1").getMessage())
        .contains("at most 13 digits before the point");
    assertThat(placeOneWith("2.500", "0.10").lines().get(0).quantity().value())
        .isEqualByComparingTo("2.5");
  }

  @Test
  void aSubtotalOrTotalBeyondOurColumnsIsRefused() {
    assertThat(placing(null, "9999999999", "99999").field()).isEqualTo("lines[0]");
    ApplicationProblem total =
        refused(
            () ->
                service.place(
                    new PlacePurchaseOrder(
                        supplier,
                        "EUR",
                        null,
                        List.of(
                            LineInput.newLine(
                                dogFood, new BigDecimal("6E12"), BigDecimal.ONE, null),
                            LineInput.newLine(
                                dogFood, new BigDecimal("6E12"), BigDecimal.ONE, null)))),
            ProblemType.INVALID_INPUT);
    assertThat(total.field()).isEqualTo("lines");
  }

  @Test
  void notesOverTheLimitOrWithControlCharactersAreRefusedTabsAndNewlinesPass() {
    assertThat(placing("x".repeat(20_000), "1", "1").field()).isEqualTo("notes");
    assertThat(placing("ring \u0007", "1", "1").getMessage()).contains("U+0007");
    PurchaseOrderDetails placed =
        service.place(
            new PlacePurchaseOrder(
                supplier,
                "EUR",
                "line one\n\tline two",
                List.of(LineInput.newLine(dogFood, BigDecimal.ONE, BigDecimal.ONE, null))));
    assertThat(placed.notes()).isEqualTo("line one\n\tline two");
  }

  private PurchaseOrderDetails placeOneWith(String quantity, String unitPrice) {
    return service.place(
        new PlacePurchaseOrder(
            supplier,
            "EUR",
            null,
            List.of(
                LineInput.newLine(
                    dogFood, new BigDecimal(quantity), new BigDecimal(unitPrice), null))));
  }

  @Test
  void aPlannedDateOdooCannotHoldOrTooManyLinesAreRefused() {
    ApplicationProblem date =
        refused(
            () ->
                service.place(
                    new PlacePurchaseOrder(
                        supplier,
                        "EUR",
                        null,
                        List.of(
                            LineInput.newLine(
                                dogFood,
                                BigDecimal.ONE,
                                BigDecimal.ONE,
                                LocalDate.of(99_999, 1, 1))))),
            ProblemType.INVALID_INPUT);
    assertThat(date.field()).isEqualTo("lines[0].plannedDate");
    List<LineInput> many =
        java.util.Collections.nCopies(
            OrderInputLimits.MAX_LINES + 1,
            LineInput.newLine(dogFood, BigDecimal.ONE, BigDecimal.ONE, null));
    ApplicationProblem lines =
        refused(
            () -> service.place(new PlacePurchaseOrder(supplier, "EUR", null, many)),
            ProblemType.INVALID_INPUT);
    assertThat(lines.field()).isEqualTo("lines");
  }
}
