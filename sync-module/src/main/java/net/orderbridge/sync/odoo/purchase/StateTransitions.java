package net.orderbridge.sync.odoo.purchase;

import java.util.ArrayList;
import java.util.List;

/**
 * The Odoo buttons that bring an order from the state Odoo holds to the local one, split around the
 * write of header and lines. Odoo has no "set state": a confirmed order goes back to draft only
 * through cancel and draft, a locked one must be unlocked before it is written or cancelled, and
 * Odoo 16-18 say "locked" with the state {@code done} (normalised by the caller).
 *
 * @param beforeWrite buttons that make the order editable
 * @param afterWrite buttons that give it the local state
 */
public record StateTransitions(List<String> beforeWrite, List<String> afterWrite) {

  public static StateTransitions plan(
      String odooState, boolean odooLocked, String localState, boolean localLocked, boolean write) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    boolean localDraft =
        localState.equals("DRAFT") || localState.equals("SENT") || localState.equals("TO_APPROVE");
    boolean locked = odooLocked;
    String state = odooState;
    if (locked && (write || !localLocked)) {
      before.add("button_unlock");
      locked = false;
    }
    if (state.equals("purchase") && localDraft) {
      before.add("button_cancel");
      state = "cancel";
    }
    if (state.equals("cancel") && !localState.equals("CANCELLED")) {
      before.add("button_draft");
      state = "draft";
    }
    boolean odooDraft = state.equals("draft") || state.equals("sent");
    if (localState.equals("PURCHASE") && odooDraft) {
      after.add("button_confirm");
    } else if (localState.equals("PURCHASE") && state.equals("to approve")) {
      after.add("button_approve");
    }
    if (localState.equals("CANCELLED") && !state.equals("cancel")) {
      after.add("button_cancel");
    }
    if (localLocked && !locked && localState.equals("PURCHASE")) {
      after.add("button_lock");
    }
    return new StateTransitions(List.copyOf(before), List.copyOf(after));
  }

  public boolean isEmpty() {
    return beforeWrite.isEmpty() && afterWrite.isEmpty();
  }
}
