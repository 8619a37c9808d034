/**
 * The push to Odoo (OCA/connector's exporter side): {@link
 * net.orderbridge.sync.infrastructure.push.PurchaseOrderMapper} maps, {@link
 * net.orderbridge.sync.infrastructure.push.OrderCreator}, {@link
 * net.orderbridge.sync.infrastructure.push.OrderUpdater} and {@link
 * net.orderbridge.sync.infrastructure.push.OrderRemover} export.
 */
package net.orderbridge.sync.infrastructure.push;
