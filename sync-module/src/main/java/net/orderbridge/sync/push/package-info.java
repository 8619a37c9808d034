/**
 * Local to Odoo: the transactional outbox written from purchase-order events, claims and leases,
 * the batch export with an exactly-once effect (an unknown outcome is looked up by the order's key,
 * never sent twice), retries with backoff and dead letters, the push timers and switch, and the
 * push REST resources.
 */
package net.orderbridge.sync.push;
