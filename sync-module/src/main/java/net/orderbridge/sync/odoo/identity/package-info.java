/**
 * Which Odoo database answers: its {@code database.uuid} and the creation stamp of its main
 * company, read from Odoo. The bindings ({@code sync.binding}) compare them with the database they
 * were made against.
 */
package net.orderbridge.sync.odoo.identity;
