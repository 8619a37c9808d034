package net.orderbridge.purchaseorder.domain.purchaseorder;

import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.cancelled;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.confirmed;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.draft;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.emptyDraft;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.locked;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.sent;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.toApprove;
import static net.orderbridge.purchaseorder.domain.purchaseorder.ProblemAssertions.conflict;
import static net.orderbridge.purchaseorder.domain.purchaseorder.ProblemAssertions.invalid;
import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.CANCELLED;
import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.DRAFT;
import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.PURCHASE;
import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class PurchaseOrderLifecycleTest {

  @Test
  void aPlacedOrderIsAnUnlockedDraft() {
    PurchaseOrder order = draft();
    assertThat(order.state()).isEqualTo(DRAFT);
    assertThat(order.isLocked()).isFalse();
  }

  @Test
  void aDraftCanBeMarkedSentAndStaySentWhenSentAgain() {
    PurchaseOrder order = draft();
    order.markSent();
    order.markSent();
    assertThat(order.state()).isEqualTo(SENT);
  }

  @Test
  void markingAConfirmedOrderSentIsRefused() {
    conflict(() -> confirmed().markSent());
  }

  @Test
  void confirmingADraftMakesItAPurchaseOrder() {
    PurchaseOrder order = draft();
    order.confirm();
    assertThat(order.state()).isEqualTo(PURCHASE);
  }

  @Test
  void confirmingASentOrderMakesItAPurchaseOrder() {
    PurchaseOrder order = sent();
    order.confirm();
    assertThat(order.state()).isEqualTo(PURCHASE);
  }

  @Test
  void confirmingAnOrderWithoutLinesIsRefused() {
    PurchaseOrder order = emptyDraft();
    invalid(order::confirm, "lines");
    assertThat(order.state()).isEqualTo(DRAFT);
  }

  @Test
  void confirmingTwiceIsRefused() {
    conflict(() -> confirmed().confirm());
  }

  @Test
  void confirmingACancelledOrderIsRefusedAsAConflictEvenWithoutLines() {
    PurchaseOrder order = emptyDraft();
    order.cancel();
    conflict(order::confirm);
  }

  @Test
  void approvingAnOrderWaitingForApprovalConfirmsIt() {
    PurchaseOrder order = toApprove();
    order.approve();
    assertThat(order.state()).isEqualTo(PURCHASE);
  }

  @Test
  void approvingADraftIsRefused() {
    conflict(() -> draft().approve());
  }

  @Test
  void draftsSentAndConfirmedOrdersCanBeCancelled() {
    for (PurchaseOrder order : new PurchaseOrder[] {draft(), sent(), toApprove(), confirmed()}) {
      order.cancel();
      assertThat(order.state()).isEqualTo(CANCELLED);
    }
  }

  @Test
  void cancellingACancelledOrderIsRefused() {
    conflict(() -> cancelled().cancel());
  }

  @Test
  void cancellingALockedOrderIsRefused() {
    PurchaseOrder order = locked();
    conflict(order::cancel);
    assertThat(order.state()).isEqualTo(PURCHASE);
  }

  @Test
  void aCancelledOrderCanBeResetToDraft() {
    PurchaseOrder order = cancelled();
    order.resetToDraft();
    assertThat(order.state()).isEqualTo(DRAFT);
  }

  @Test
  void resettingAnOrderThatIsNotCancelledIsRefused() {
    conflict(() -> draft().resetToDraft());
    conflict(() -> confirmed().resetToDraft());
  }

  @Test
  void aConfirmedOrderCanBeLockedAndUnlocked() {
    PurchaseOrder order = confirmed();
    order.lock();
    assertThat(order.isLocked()).isTrue();
    order.unlock();
    assertThat(order.isLocked()).isFalse();
    assertThat(order.state()).isEqualTo(PURCHASE);
  }

  @Test
  void lockingAnOrderThatIsNotConfirmedIsRefused() {
    conflict(() -> draft().lock());
    conflict(() -> cancelled().lock());
  }

  @Test
  void lockingTwiceOrUnlockingAnUnlockedOrderIsRefused() {
    conflict(() -> locked().lock());
    conflict(() -> confirmed().unlock());
  }

  @Test
  void draftAndCancelledOrdersAreDeletable() {
    assertThatNoException().isThrownBy(() -> draft().assertDeletable());
    assertThatNoException().isThrownBy(() -> cancelled().assertDeletable());
  }

  @Test
  void sentWaitingOrConfirmedOrdersAreNotDeletable() {
    conflict(() -> sent().assertDeletable());
    conflict(() -> toApprove().assertDeletable());
    conflict(() -> confirmed().assertDeletable());
  }

  @Test
  void aRemoteStateIsTakenOverWithoutTransitionRules() {
    PurchaseOrder order = cancelled();
    assertThat(order.applyRemoteState(PURCHASE, true)).isTrue();
    assertThat(order.state()).isEqualTo(PURCHASE);
    assertThat(order.isLocked()).isTrue();
  }

  @Test
  void aRemoteStateThatChangesNothingSaysSo() {
    assertThat(confirmed().applyRemoteState(PURCHASE, false)).isFalse();
  }
}
