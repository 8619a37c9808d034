package net.orderbridge.purchaseorder.domain.purchaseorder;

import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.SUPPLIER;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.cancelled;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.confirmed;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.draft;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.draftWith;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.eur;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.line;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.locked;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.restating;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.terms;
import static net.orderbridge.purchaseorder.domain.purchaseorder.ProblemAssertions.conflict;
import static net.orderbridge.purchaseorder.domain.purchaseorder.ProblemAssertions.invalid;
import static net.orderbridge.purchaseorder.domain.purchaseorder.ProblemAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

class PurchaseOrderLinesTest {

  @Test
  void theUntaxedTotalIsTheSumOfRoundedLineSubtotals() {
    PurchaseOrder order = draftWith(line("3", "0.125"), line("2", "10.50"));
    assertThat(order.lines().get(0).subtotal()).isEqualTo(eur("0.38"));
    assertThat(order.untaxedTotal()).isEqualTo(eur("21.38"));
  }

  @Test
  void anOrderWithoutLinesTotalsZeroInItsCurrency() {
    assertThat(draftWith().untaxedTotal()).isEqualTo(Money.zero(OrderFixtures.EUR));
  }

  @Test
  void aZeroQuantityIsRefusedNamingTheLine() {
    invalid(() -> draftWith(line("1", "5"), line("0", "5")), "lines[1].quantity");
  }

  @Test
  void aNegativeUnitPriceIsRefusedNamingTheLine() {
    invalid(() -> draftWith(line("1", "-0.01")), "lines[0].unitPrice");
  }

  @Test
  void aFreeLineIsAllowed() {
    assertThat(draftWith(line("1", "0")).untaxedTotal()).isEqualTo(eur("0"));
  }

  @Test
  void aLineInAnotherCurrencyIsRefused() {
    OrderLineSpec dollars =
        OrderLineSpec.newLine(
            ProductId.random(),
            "Cat litter",
            Quantity.of(1),
            Money.of("3", "USD"),
            LocalDate.now());
    invalid(() -> draftWith(dollars), "lines[0].unitPrice");
  }

  @Test
  void aBlankDescriptionIsRefused() {
    OrderLineSpec blank =
        OrderLineSpec.newLine(ProductId.random(), " ", Quantity.of(1), eur("3"), LocalDate.now());
    invalid(() -> draftWith(blank), "lines[0].description");
  }

  @Test
  void placingWithAnExistingLineIdIsRefused() {
    OrderLine foreign = draft().lines().get(0);
    invalid(() -> draftWith(restating(foreign, "1", "1")), "lines[0].lineId");
  }

  @Test
  void revisingRestatesNamedLinesKeepingTheirIdsAndAddsTheOthers() {
    PurchaseOrder order = draft();
    OrderLine first = order.lines().get(0);
    order.revise(terms(), List.of(restating(first, "5", "10.00"), line("1", "1.00")));
    assertThat(order.lines()).hasSize(2);
    assertThat(order.lines().get(0).id()).isEqualTo(first.id());
    assertThat(order.lines().get(0).quantity()).isEqualTo(Quantity.of(5));
    assertThat(order.untaxedTotal()).isEqualTo(eur("51.00"));
  }

  @Test
  void revisingADraftMayDropLinesAndChangeSupplierAndCurrency() {
    PurchaseOrder order = draft();
    SupplierId other = SupplierId.random();
    order.revise(
        new OrderTerms(other, CurrencyCode.of("USD"), null),
        List.of(
            OrderLineSpec.newLine(
                ProductId.random(), "Hay", Quantity.of(1), Money.of("7", "USD"), LocalDate.now())));
    assertThat(order.supplierId()).isEqualTo(other);
    assertThat(order.untaxedTotal()).isEqualTo(Money.of("7", "USD"));
    assertThat(order.notes()).isEmpty();
  }

  @Test
  void aRefusedRevisionChangesNothing() {
    PurchaseOrder order = draft();
    OrderLine first = order.lines().get(0);
    invalid(
        () ->
            order.revise(
                new OrderTerms(SupplierId.random(), OrderFixtures.EUR, "x"),
                List.of(restating(first, "9", "1"), line("0", "1"))),
        "lines[1].quantity");
    assertThat(order.supplierId()).isEqualTo(SUPPLIER);
    assertThat(order.lines().get(0).quantity()).isEqualTo(Quantity.of(2));
  }

  @Test
  void revisingWithAnUnknownOrDuplicateLineIdIsRefused() {
    PurchaseOrder order = draft();
    OrderLine first = order.lines().get(0);
    OrderLine foreign = draft().lines().get(0);
    invalid(() -> order.revise(terms(), List.of(restating(foreign, "1", "1"))), "lines[0].lineId");
    invalid(
        () ->
            order.revise(terms(), List.of(restating(first, "1", "1"), restating(first, "2", "1"))),
        "lines[1].lineId");
  }

  @Test
  void aConfirmedOrderCanChangeQuantitiesAndAddLines() {
    PurchaseOrder order = confirmed();
    OrderLine first = order.lines().get(0);
    order.revise(terms(), List.of(restating(first, "4", "10.00"), line("1", "2.00")));
    assertThat(order.untaxedTotal()).isEqualTo(eur("42.00"));
  }

  @Test
  void aConfirmedOrderCannotDropALine() {
    PurchaseOrder order = confirmed();
    conflict(() -> order.revise(terms(), List.of(line("1", "1"))));
    assertThat(order.lines()).hasSize(1);
  }

  @Test
  void aConfirmedOrderCannotChangeALinesProduct() {
    PurchaseOrder order = confirmed();
    OrderLine first = order.lines().get(0);
    OrderLineSpec otherProduct =
        new OrderLineSpec(
            first.id(), ProductId.random(), "x", Quantity.of(1), eur("1"), LocalDate.now());
    conflict(() -> order.revise(terms(), List.of(otherProduct)));
  }

  @Test
  void aConfirmedOrderCannotChangeSupplierOrCurrency() {
    PurchaseOrder order = confirmed();
    OrderLine first = order.lines().get(0);
    conflict(
        () ->
            order.revise(
                new OrderTerms(SupplierId.random(), OrderFixtures.EUR, null),
                List.of(restating(first, "1", "1"))));
  }

  @Test
  void cancelledAndLockedOrdersTakeNoEdits() {
    for (PurchaseOrder order : new PurchaseOrder[] {cancelled(), locked()}) {
      OrderLine first = order.lines().get(0);
      conflict(() -> order.revise(terms(), List.of(restating(first, "1", "1"))));
      conflict(() -> order.changeQuantity(first.id(), Quantity.of(3)));
      conflict(() -> order.changePrice(first.id(), eur("1")));
      conflict(() -> order.changePlannedDate(first.id(), LocalDate.now()));
    }
  }

  @Test
  void changingAQuantityRecomputesTheTotals() {
    PurchaseOrder order = draft();
    OrderLine first = order.lines().get(0);
    order.changeQuantity(first.id(), Quantity.of("2.5"));
    assertThat(first.subtotal()).isEqualTo(eur("25.00"));
    assertThat(order.untaxedTotal()).isEqualTo(eur("25.00"));
  }

  @Test
  void changingAQuantityToZeroIsRefused() {
    PurchaseOrder order = draft();
    invalid(() -> order.changeQuantity(order.lines().get(0).id(), Quantity.ZERO), "quantity");
  }

  @Test
  void changingAPriceRecomputesTheTotalsAndRefusesNegativeOrForeignPrices() {
    PurchaseOrder order = draft();
    OrderLineId id = order.lines().get(0).id();
    order.changePrice(id, eur("1.25"));
    assertThat(order.untaxedTotal()).isEqualTo(eur("2.50"));
    invalid(() -> order.changePrice(id, eur("-1")), "unitPrice");
    invalid(() -> order.changePrice(id, Money.of("1", "USD")), "unitPrice");
  }

  @Test
  void changingThePlannedDateOfAConfirmedOrderIsAllowed() {
    PurchaseOrder order = confirmed();
    OrderLineId id = order.lines().get(0).id();
    order.changePlannedDate(id, LocalDate.of(2027, 1, 15));
    assertThat(order.line(id).orElseThrow().plannedDate()).isEqualTo(LocalDate.of(2027, 1, 15));
  }

  @Test
  void changingAnUnknownLineIsNotFound() {
    OrderLineId unknown = draft().lines().get(0).id();
    refused(() -> draft().changeQuantity(unknown, Quantity.of(1)), ProblemType.NOT_FOUND);
  }

  @Test
  void ordersAreEqualByIdOnly() {
    PurchaseOrder order = draft();
    assertThat(order).isEqualTo(order).isNotEqualTo(draft());
  }

  @Test
  void theLinesCannotBeChangedFromOutside() {
    PurchaseOrder order = draft();
    assertThatThrownBy(() -> order.lines().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNumberComesFromTheSequenceZeroPadded() {
    assertThat(PurchaseOrderNumber.fromSequence(123).value()).isEqualTo("AF-PO-000123");
    assertThat(PurchaseOrderNumber.fromSequence(1234567).value()).isEqualTo("AF-PO-1234567");
    invalid(() -> new PurchaseOrderNumber("P00011"), "number");
  }

  @Test
  void aLineKeepsTheExactQuantityAndPrice() {
    OrderLine first = draftWith(line("1.5", "0.125")).lines().get(0);
    assertThat(first.quantity().value()).isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(first.unitPrice()).isEqualTo(eur("0.125"));
  }
}
