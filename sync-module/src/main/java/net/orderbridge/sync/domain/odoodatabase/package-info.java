/**
 * Which Odoo database the bindings belong to. An Odoo order id means something only in the database
 * that handed it out: the guard keeps every binding away from any other.
 */
package net.orderbridge.sync.domain.odoodatabase;
