/**
 * Odoo's webhook hints: authenticating and limiting them, storing them coalesced per order, the
 * realtime switch, and prompting the pull of the hinted orders.
 */
package net.orderbridge.sync.webhook;
