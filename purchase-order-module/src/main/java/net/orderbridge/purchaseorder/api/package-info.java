/**
 * What other contexts may use of the purchase-order context: {@link
 * net.orderbridge.purchaseorder.api.PurchaseOrderReader} returns {@link
 * net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot}s of ids, primitives and decimals.
 */
package net.orderbridge.purchaseorder.api;
