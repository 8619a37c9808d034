/**
 * Adapters of the pull: reading orders from Odoo, the cursor, snapshots and conflicts in
 * PostgreSQL, the poll timer and the fast path for webhook hints.
 */
package net.orderbridge.sync.infrastructure.pull;
