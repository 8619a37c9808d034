/**
 * Odoo to local: polling {@code purchase.order} by {@code write_date} cursor, importing orders made
 * in Odoo, applying remote changes through the merge, parking orders that cannot be applied, and
 * reconciling Odoo ids. The poll timer and the pull REST resource sit beside the use cases.
 */
package net.orderbridge.sync.pull;
