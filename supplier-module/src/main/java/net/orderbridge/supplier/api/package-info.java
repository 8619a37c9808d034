/**
 * What other contexts may use of the supplier context: the {@link
 * net.orderbridge.supplier.api.Catalogue} to read suppliers, products and prices (through the cache
 * hierarchy), the {@link net.orderbridge.supplier.api.SupplierSource} port that the sync-module
 * implements with its Odoo client, and the {@link
 * net.orderbridge.supplier.api.CatalogueRecordChanged} event the sync-module fires when Odoo
 * changes a record. Everything here is records of ids, primitives and shared-kernel values.
 */
package net.orderbridge.supplier.api;
