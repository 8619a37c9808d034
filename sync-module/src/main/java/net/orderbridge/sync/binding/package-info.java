/**
 * Which Odoo record a local order is bound to, and which Odoo database the bindings belong to.
 *
 * <p>An {@code OrderBinding} ties a local order to an Odoo id with the {@code write_date} and hash
 * last agreed on. Bindings hold only in the Odoo database (its {@code database.uuid}) they were
 * made in: the {@code OdooDatabaseGuard} checks it before every push batch and stops sync when Odoo
 * is another database, until an operator re-binds or forgets. Used by push and pull.
 */
package net.orderbridge.sync.binding;
