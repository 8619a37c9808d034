/**
 * The supplier aggregate: a vendor partner ({@code res.partner}) mirrored from Odoo. {@link
 * net.orderbridge.supplier.domain.supplier.Supplier} is its root; it guards that a mirror never
 * moves backwards in Odoo time (an older {@code write_date} never overwrites a newer one) and that
 * archived or vanished partners stay, marked inactive, so orders that name them keep a supplier.
 *
 * <p>Persistence: schema {@code supplier}, table {@code supplier}, unique on {@code odoo_id}.
 */
package net.orderbridge.supplier.domain.supplier;
