package net.orderbridge.sync.odoo.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateTransitionsTest {

  @Test
  void confirmingADraft() {
    StateTransitions t = StateTransitions.plan("draft", false, "PURCHASE", false, false);
    assertThat(t.beforeWrite()).isEmpty();
    assertThat(t.afterWrite()).containsExactly("button_confirm");
  }

  @Test
  void cancellingALockedOrderUnlocksFirst() {
    StateTransitions t = StateTransitions.plan("purchase", true, "CANCELLED", false, false);
    assertThat(t.beforeWrite()).containsExactly("button_unlock");
    assertThat(t.afterWrite()).containsExactly("button_cancel");
  }

  @Test
  void aDraftAgainAfterCancelIsResetInOdoo() {
    StateTransitions t = StateTransitions.plan("cancel", false, "DRAFT", false, true);
    assertThat(t.beforeWrite()).containsExactly("button_draft");
    assertThat(t.afterWrite()).isEmpty();
  }

  @Test
  void aConfirmedOdooOrderBecomesADraftThroughCancel() {
    StateTransitions t = StateTransitions.plan("purchase", false, "DRAFT", false, false);
    assertThat(t.beforeWrite()).containsExactly("button_cancel", "button_draft");
  }

  @Test
  void nothingToDoWhenStatesAgree() {
    assertThat(StateTransitions.plan("purchase", true, "PURCHASE", true, false).isEmpty()).isTrue();
    assertThat(StateTransitions.plan("sent", false, "DRAFT", false, true).isEmpty()).isTrue();
  }

  @Test
  void anOrderWaitingForApprovalInOdooIsApproved() {
    StateTransitions t = StateTransitions.plan("to approve", false, "PURCHASE", false, false);
    assertThat(t.beforeWrite()).isEmpty();
    assertThat(t.afterWrite()).containsExactly("button_approve");
  }

  @Test
  void aLockedOrderIsUnlockedForTheWriteAndLockedAgainAfterIt() {
    StateTransitions t = StateTransitions.plan("purchase", true, "PURCHASE", true, true);
    assertThat(t.beforeWrite()).containsExactly("button_unlock");
    assertThat(t.afterWrite()).containsExactly("button_lock");
  }
}
