/**
 * Odoo to local: polling {@code purchase.order} by {@code write_date} cursor, importing orders made
 * in Odoo, applying remote changes through the merge, parking orders that cannot be applied, and
 * reconciling Odoo ids. The poll timer and the pull REST resource sit beside the use cases.
 *
 * <p>What the pull keeps sits behind one small port per concern, its JPA adapter beside it: {@link
 * net.orderbridge.sync.pull.PollCursor} (where the poll stands), {@link
 * net.orderbridge.sync.conflict.MergeBases} (the agreed snapshots), {@link
 * net.orderbridge.sync.pull.BoundOrders} (a look at the bindings), {@link
 * net.orderbridge.sync.pull.PendingPushes} (the outbox question) and {@link
 * net.orderbridge.sync.pull.PurchaseOrderHints} (the webhook hints).
 */
package net.orderbridge.sync.pull;
