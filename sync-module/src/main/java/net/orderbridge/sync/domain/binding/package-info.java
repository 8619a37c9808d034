/** Bindings: which Odoo order and lines a local order was pushed to, and what was pushed. */
package net.orderbridge.sync.domain.binding;
