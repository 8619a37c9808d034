/**
 * The purchase-order use cases: {@link
 * net.orderbridge.purchaseorder.application.PurchaseOrderService} changes orders (one JTA
 * transaction per call, integration events fired synchronously inside it), {@link
 * net.orderbridge.purchaseorder.application.PurchaseOrderQueries} reads them. Inputs are command
 * records; outputs are immutable snapshots, never the managed entity. {@link
 * net.orderbridge.purchaseorder.application.SupplierCatalogue} is the port through which orders
 * learn about suppliers, products and prices; the supplier module implements it.
 *
 * <p>Needs a {@link java.time.Clock} bean, produced by infrastructure.
 */
package net.orderbridge.purchaseorder.application;
