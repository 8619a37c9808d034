/**
 * The sync's news for people: every order's sync outcome (pushed with its Odoo id, failed with the
 * reason, conflict opened or settled, a change pulled from Odoo) as it commits, for the live stream
 * {@code GET /api/sync/events} and the console that listens to it.
 */
package net.orderbridge.sync.application.outcome;
