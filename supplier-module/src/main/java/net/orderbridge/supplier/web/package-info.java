/**
 * The supplier context's REST resources, registered by the WAR under {@code /api}: {@link
 * net.orderbridge.supplier.web.SupplierResource} and {@link
 * net.orderbridge.supplier.web.ProductResource}. Bodies are JSON-B records named {@code …View};
 * errors are {@link net.orderbridge.shared.error.ApplicationProblem}s that the WAR maps to {@code
 * application/problem+json}.
 */
package net.orderbridge.supplier.web;
