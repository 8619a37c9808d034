package net.orderbridge.purchaseorder.domain.purchaseorder;

/**
 * The lifecycle of a purchase order, as Odoo 19 has it ({@code draft}, {@code sent}, {@code to
 * approve}, {@code purchase}, {@code cancel}). Odoo 19 dropped the old {@code done} state for a
 * separate {@code locked} flag, which {@link PurchaseOrder} keeps beside the state. The mapping to
 * Odoo's selection values belongs to the sync-module's mapper.
 */
public enum PurchaseOrderState {
  /** A request for quotation being prepared. */
  DRAFT,
  /** The request for quotation went to the supplier. */
  SENT,
  /** Confirmed by a purchaser, waiting for a manager's approval (Odoo's double validation). */
  TO_APPROVE,
  /** Confirmed: a purchase order. */
  PURCHASE,
  CANCELLED;

  /** Whether the order is still a request for quotation, not yet a purchase order. */
  public boolean isBeforeConfirmation() {
    return this == DRAFT || this == SENT || this == TO_APPROVE;
  }
}
