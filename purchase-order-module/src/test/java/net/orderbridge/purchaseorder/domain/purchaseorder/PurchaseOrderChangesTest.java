package net.orderbridge.purchaseorder.domain.purchaseorder;

import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.EUR;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.PLANNED;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.SUPPLIER;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.draft;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.eur;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.line;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.restating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.orderbridge.purchaseorder.domain.audit.FieldChange;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import org.junit.jupiter.api.Test;

class PurchaseOrderChangesTest {

  private static PurchaseOrder taken(PurchaseOrder order) {
    order.takeChanges();
    return order;
  }

  private static String at(OrderLine line, String attribute) {
    return "lines/" + line.id().value() + "/" + attribute;
  }

  @Test
  void aPlacedOrderListsEveryFieldItWasPlacedWith() {
    PurchaseOrder order = draft();
    OrderLine line = order.lines().get(0);

    assertThat(order.takeChanges())
        .containsExactly(
            new FieldChange("supplier", null, SUPPLIER.value().toString()),
            new FieldChange("currency", null, "EUR"),
            new FieldChange("notes", null, "deliver to the back door"),
            new FieldChange("state", null, "DRAFT"),
            new FieldChange("locked", null, "false"),
            new FieldChange(at(line, "product"), null, line.productId().value().toString()),
            new FieldChange(at(line, "description"), null, "Dog food 10 kg"),
            new FieldChange(at(line, "quantity"), null, "2"),
            new FieldChange(at(line, "unitPrice"), null, "10"),
            new FieldChange(at(line, "plannedDate"), null, PLANNED.toString()));
  }

  @Test
  void changesAreTakenOnceAndAnUnchangedOrderHasNone() {
    PurchaseOrder order = draft();
    order.takeChanges();

    assertThat(order.takeChanges()).isEmpty();
  }

  @Test
  void aChangedQuantityAndPriceAreListedBeforeAndAfter() {
    PurchaseOrder order = taken(draft());
    OrderLine line = order.lines().get(0);

    order.changeQuantity(line.id(), Quantity.of("5"));
    order.changePrice(line.id(), eur("12.50"));

    assertThat(order.takeChanges())
        .containsExactly(
            new FieldChange(at(line, "quantity"), "2", "5"),
            new FieldChange(at(line, "unitPrice"), "10", "12.5"));
  }

  @Test
  void aValueChangedAndChangedBackIsNoChange() {
    PurchaseOrder order = taken(draft());
    OrderLine line = order.lines().get(0);

    order.changeQuantity(line.id(), Quantity.of("5"));
    order.changeQuantity(line.id(), Quantity.of("2.000"));

    assertThat(order.takeChanges()).isEmpty();
  }

  @Test
  void aRevisionListsTheHeaderAndTheLinesAddedRemovedAndChanged() {
    PurchaseOrder order = taken(OrderFixtures.draftWith(line("2", "10"), line("4", "1")));
    OrderLine kept = order.lines().get(0);
    OrderLine dropped = order.lines().get(1);
    SupplierId other = SupplierId.random();

    order.revise(
        new OrderTerms(other, EUR, null),
        List.of(
            new OrderLineSpec(
                kept.id(),
                kept.productId(),
                kept.description(),
                kept.quantity(),
                kept.unitPrice(),
                PLANNED.plusDays(3)),
            line("1", "3")));
    OrderLine added = order.lines().get(1);

    assertThat(order.takeChanges())
        .containsExactly(
            new FieldChange("supplier", SUPPLIER.value().toString(), other.value().toString()),
            new FieldChange("notes", "deliver to the back door", null),
            new FieldChange(
                at(kept, "plannedDate"), PLANNED.toString(), PLANNED.plusDays(3).toString()),
            new FieldChange(at(added, "product"), null, added.productId().value().toString()),
            new FieldChange(at(added, "description"), null, "Dog food 10 kg"),
            new FieldChange(at(added, "quantity"), null, "1"),
            new FieldChange(at(added, "unitPrice"), null, "3"),
            new FieldChange(at(added, "plannedDate"), null, PLANNED.toString()),
            new FieldChange(at(dropped, "product"), dropped.productId().value().toString(), null),
            new FieldChange(at(dropped, "description"), "Dog food 10 kg", null),
            new FieldChange(at(dropped, "quantity"), "4", null),
            new FieldChange(at(dropped, "unitPrice"), "1", null),
            new FieldChange(at(dropped, "plannedDate"), PLANNED.toString(), null));
  }

  @Test
  void aCurrencyChangeIsListed() {
    PurchaseOrder order = taken(OrderFixtures.emptyDraft());

    order.revise(
        new OrderTerms(SUPPLIER, CurrencyCode.of("USD"), "deliver to the back door"), List.of());

    assertThat(order.takeChanges()).containsExactly(new FieldChange("currency", "EUR", "USD"));
  }

  @Test
  void stateAndLockChangesAreListedThroughEveryTransition() {
    PurchaseOrder order = taken(draft());

    order.markSent();
    assertThat(order.takeChanges()).containsExactly(new FieldChange("state", "DRAFT", "SENT"));
    order.confirm();
    order.lock();
    assertThat(order.takeChanges())
        .containsExactly(
            new FieldChange("state", "SENT", "PURCHASE"),
            new FieldChange("locked", "false", "true"));
    order.unlock();
    order.cancel();
    order.resetToDraft();
    assertThat(order.takeChanges())
        .containsExactly(
            new FieldChange("state", "PURCHASE", "DRAFT"),
            new FieldChange("locked", "true", "false"));
  }

  @Test
  void anApprovalIsListed() {
    PurchaseOrder order = taken(OrderFixtures.toApprove());

    order.approve();

    assertThat(order.takeChanges())
        .containsExactly(new FieldChange("state", "TO_APPROVE", "PURCHASE"));
  }

  @Test
  void odoosStateNotesAndLinesAreListedAsAnyOtherChange() {
    PurchaseOrder order = taken(draft());
    OrderLine line = order.lines().get(0);

    order.applyRemoteNotesAndLines("from Odoo", List.of(restating(line, "7", "10")));
    order.applyRemoteState(PurchaseOrderState.PURCHASE, true);

    assertThat(order.takeChanges())
        .containsExactly(
            new FieldChange("notes", "deliver to the back door", "from Odoo"),
            new FieldChange("state", "DRAFT", "PURCHASE"),
            new FieldChange("locked", "false", "true"),
            new FieldChange(at(line, "quantity"), "2", "7"));
  }

  @Test
  void aPlannedDateChangeIsListedAndARefusedChangeLeavesNone() {
    PurchaseOrder order = taken(draft());
    OrderLine line = order.lines().get(0);

    order.changePlannedDate(line.id(), PLANNED.plusDays(1));
    assertThat(order.takeChanges())
        .containsExactly(
            new FieldChange(
                at(line, "plannedDate"), PLANNED.toString(), PLANNED.plusDays(1).toString()));

    assertThatThrownBy(
        () ->
            order.changePrice(
                line.id(), new Money(java.math.BigDecimal.ONE, CurrencyCode.of("USD"))));
    assertThat(order.takeChanges()).isEmpty();
  }

  @Test
  void aZeroPriceReadsAsZero() {
    PurchaseOrder order = taken(draft());
    OrderLine line = order.lines().get(0);

    order.changePrice(line.id(), eur("0.000000"));

    assertThat(order.takeChanges())
        .containsExactly(new FieldChange(at(line, "unitPrice"), "10", "0"));
  }
}
