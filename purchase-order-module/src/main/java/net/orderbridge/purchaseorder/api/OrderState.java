package net.orderbridge.purchaseorder.api;

/**
 * An order's state in this context's words, as other contexts hand it in (a state reached in Odoo,
 * say): the names of {@link PurchaseOrderSnapshot#state()}.
 */
public enum OrderState {
  DRAFT,
  SENT,
  TO_APPROVE,
  /** Confirmed: the supplier has the order. */
  PURCHASE,
  CANCELLED
}
