/**
 * The structured sync log: one {@link net.orderbridge.sync.log.SyncLogEntry} for each sync step (a
 * push of an order, a pull applying one, a webhook hint, a conflict), written by {@link
 * net.orderbridge.sync.log.SyncLog} as JSON fields through Liberty's JSON logging, redacted of
 * secrets and contact data first. A small shared part: it depends on no flow.
 */
package net.orderbridge.sync.log;
