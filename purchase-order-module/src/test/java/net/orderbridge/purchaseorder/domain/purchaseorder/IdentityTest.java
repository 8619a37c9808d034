package net.orderbridge.purchaseorder.domain.purchaseorder;

import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.EUR;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.SUPPLIER;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.draft;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.locked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Orders and lines are equal by id; their status by value; how they read in logs. */
class IdentityTest {

  @Test
  void anOrderIsEqualOnlyToItselfByIdAndReadsAsNumberAndStatus() {
    PurchaseOrder order = draft();

    assertThat(order).isEqualTo(order).isNotEqualTo(draft()).isNotEqualTo("AF-PO-000123");
    assertThat(order.hashCode()).isEqualTo(order.id().value().hashCode());
    assertThat(order).hasToString("PurchaseOrder[AF-PO-000123, DRAFT]");
    assertThat(locked()).hasToString("PurchaseOrder[AF-PO-000123, PURCHASE (locked)]");
  }

  @Test
  void aLineIsEqualByItsIdAcrossReads() {
    OrderLine line = draft().lines().get(0);

    assertThat(line).isEqualTo(line).isNotEqualTo(draft().lines().get(0)).isNotEqualTo(null);
    assertThat(line.hashCode()).isEqualTo(line.id().value().hashCode());
    assertThat(line.toString()).startsWith("OrderLine[" + line.id()).endsWith("× 10.00 EUR]");
    assertThat(OrderLineId.of(line.id().toString())).isEqualTo(line.id());
  }

  @Test
  void twoStatusesWithTheSameStateAndLockAreEqual() {
    assertThat(locked().status()).isEqualTo(locked().status()).isNotEqualTo(draft().status());
    assertThat(locked().status()).hasSameHashCodeAs(locked().status());
  }

  @Test
  void blankNotesAreNoNotesAndTheNumberSequenceStartsAtOne() {
    assertThat(new OrderTerms(SUPPLIER, EUR, "  ").notes()).isNull();
    assertThat(PurchaseOrderNumber.fromSequence(1).value()).isEqualTo("AF-PO-000001");
    assertThatThrownBy(() -> PurchaseOrderNumber.fromSequence(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start at 1");
  }
}
