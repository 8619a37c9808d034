/**
 * The product aggregate: a purchasable variant ({@code product.product}) mirrored from Odoo. {@link
 * net.orderbridge.supplier.domain.product.Product} is its root; like a supplier it never takes an
 * older Odoo snapshot over a newer one and stays, inactive, when Odoo archives or loses it.
 *
 * <p>Persistence: schema {@code supplier}, table {@code product}, unique on {@code odoo_id}.
 */
package net.orderbridge.supplier.domain.product;
