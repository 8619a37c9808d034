/**
 * The catalogue source the supplier-module asks for: suppliers, products and vendor prices read
 * from Odoo ({@code res.partner}, {@code product.product}, {@code product.supplierinfo}) and mapped
 * to the supplier-module's terms.
 */
package net.orderbridge.sync.odoo.catalogue;
