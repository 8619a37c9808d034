/**
 * The value types every context shares: typed ids, {@link net.orderbridge.shared.domain.Money},
 * {@link net.orderbridge.shared.domain.Quantity}, {@link
 * net.orderbridge.shared.domain.CurrencyCode} and paging. All are immutable records that validate
 * in their constructor; they depend on nothing of ours except the error vocabulary.
 *
 * <p>Local ids are UUIDs, also for records mirrored from Odoo (suppliers, products): Odoo's integer
 * ids differ per database and are known only after a create, so they live in the sync-module's
 * bindings, never in these ids.
 */
package net.orderbridge.shared.domain;
