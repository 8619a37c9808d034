/**
 * The sync context's port to Odoo: {@link net.orderbridge.sync.application.odoo.OdooClient}, a thin
 * transport in the OCA/connector sense, and the exceptions it raises, each carrying an {@link
 * net.orderbridge.sync.application.odoo.ErrorType} that says what a retry can do.
 */
package net.orderbridge.sync.application.odoo;
