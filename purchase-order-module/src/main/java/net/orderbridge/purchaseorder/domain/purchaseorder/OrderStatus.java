package net.orderbridge.purchaseorder.domain.purchaseorder;

import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.CANCELLED;
import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.DRAFT;
import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.PURCHASE;
import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.SENT;
import static net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState.TO_APPROVE;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.Objects;
import net.orderbridge.shared.error.ApplicationProblem;

/**
 * Where an order is in its Odoo 19 lifecycle: a {@link PurchaseOrderState} and the {@code locked}
 * flag that replaced Odoo's old {@code done} state. Immutable; each transition returns the next
 * status or throws {@link ApplicationProblem} {@code CONFLICT}.
 *
 * <pre>
 * DRAFT ─markSent→ SENT ─confirm→ PURCHASE ─lock⇄unlock
 * DRAFT ─confirm→ PURCHASE;  TO_APPROVE ─approve→ PURCHASE
 * any but CANCELLED, unlocked ─cancel→ CANCELLED ─resetToDraft→ DRAFT
 * </pre>
 */
@Embeddable
public class OrderStatus {

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private PurchaseOrderState state;

  @Column(name = "locked", nullable = false)
  private boolean locked;

  protected OrderStatus() {
    // for JPA
  }

  private OrderStatus(PurchaseOrderState state, boolean locked) {
    this.state = Objects.requireNonNull(state, "state");
    this.locked = locked;
  }

  static OrderStatus draft() {
    return new OrderStatus(DRAFT, false);
  }

  /** A status as Odoo reports it, taken over without transition rules. */
  static OrderStatus reported(PurchaseOrderState state, boolean locked) {
    return new OrderStatus(state, locked);
  }

  OrderStatus confirmed() {
    requireState("confirm", DRAFT, SENT);
    return new OrderStatus(PURCHASE, false);
  }

  OrderStatus approved() {
    requireState("approve", TO_APPROVE);
    return new OrderStatus(PURCHASE, false);
  }

  OrderStatus sent() {
    requireState("mark as sent", DRAFT, SENT);
    return new OrderStatus(SENT, false);
  }

  OrderStatus cancelled() {
    if (state == CANCELLED) {
      throw ApplicationProblem.conflict("the order is already cancelled");
    }
    if (locked) {
      throw ApplicationProblem.conflict("the order is locked; unlock it before cancelling");
    }
    return new OrderStatus(CANCELLED, false);
  }

  OrderStatus resetToDraft() {
    requireState("reset to draft", CANCELLED);
    return draft();
  }

  OrderStatus lockedStatus() {
    requireState("lock", PURCHASE);
    if (locked) {
      throw ApplicationProblem.conflict("the order is already locked");
    }
    return new OrderStatus(state, true);
  }

  OrderStatus unlockedStatus() {
    if (!locked) {
      throw ApplicationProblem.conflict("the order is not locked");
    }
    return new OrderStatus(state, false);
  }

  /** Refuses edits of a cancelled or locked order. */
  void requireEditable() {
    if (state == CANCELLED) {
      throw ApplicationProblem.conflict("a cancelled order cannot be edited");
    }
    if (locked) {
      throw ApplicationProblem.conflict("a locked order cannot be edited; unlock it first");
    }
  }

  void requireDeletable() {
    requireState("delete", DRAFT, CANCELLED);
  }

  private void requireState(String action, PurchaseOrderState... allowed) {
    if (!Arrays.asList(allowed).contains(state)) {
      throw ApplicationProblem.conflict("cannot " + action + " an order in state " + state);
    }
  }

  public PurchaseOrderState state() {
    return state;
  }

  public boolean isLocked() {
    return locked;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderStatus status && state == status.state && locked == status.locked;
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, locked);
  }

  @Override
  public String toString() {
    return locked ? state + " (locked)" : state.toString();
  }
}
