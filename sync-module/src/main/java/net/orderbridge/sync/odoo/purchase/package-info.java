/**
 * The one place that knows Odoo's {@code purchase.order}: field names per version (16 to 19),
 * states (Odoo 16-18's {@code done} is {@code purchase} + locked), many2one shapes and the line
 * commands of a write. Push and pull read and write purchase orders only through it.
 */
package net.orderbridge.sync.odoo.purchase;
