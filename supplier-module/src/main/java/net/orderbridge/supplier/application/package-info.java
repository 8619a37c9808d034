/**
 * The supplier context's use cases: refreshing the mirror from Odoo ({@link
 * net.orderbridge.supplier.application.RefreshCatalogue}), loading single records on a cache miss
 * ({@link net.orderbridge.supplier.application.MirrorLoader}) and searching the mirror. It owns the
 * {@link net.orderbridge.supplier.application.CatalogueCache} port that the cache hierarchy in
 * {@code infrastructure.cache} implements.
 */
package net.orderbridge.supplier.application;
