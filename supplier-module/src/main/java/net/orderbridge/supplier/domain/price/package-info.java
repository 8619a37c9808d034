/**
 * The supplier-price aggregate: one line of a vendor's price list ({@code product.supplierinfo})
 * mirrored from Odoo. {@link net.orderbridge.supplier.domain.price.SupplierPrice} is its root; it
 * guards a non-negative price and minimum quantity in one currency, and refers to its supplier and
 * product by local id only.
 *
 * <p>Persistence: schema {@code supplier}, table {@code supplier_price}, unique on {@code odoo_id}.
 */
package net.orderbridge.supplier.domain.price;
