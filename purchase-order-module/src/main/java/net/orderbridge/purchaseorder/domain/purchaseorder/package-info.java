/**
 * The purchase-order aggregate. {@link
 * net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder} is its root and the only way
 * in: it guards the Odoo 19 lifecycle ({@code draft → sent → to approve → purchase}, {@code
 * cancel}, reset to draft, the {@code locked} flag) and the invariants of its {@link
 * net.orderbridge.purchaseorder.domain.purchaseorder.OrderLine lines}: positive quantities,
 * non-negative unit prices, one currency per order, no edits once cancelled or locked, no dropped
 * lines once confirmed.
 *
 * <p>Persistence: schema {@code purchase_order}, tables {@code purchase_order} and {@code
 * order_line}. The entities keep ids and amounts as plain columns (JPA 3.1 cannot embed records)
 * and hand out typed values from their accessors.
 */
package net.orderbridge.purchaseorder.domain.purchaseorder;
