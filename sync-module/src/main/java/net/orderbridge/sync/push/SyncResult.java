package net.orderbridge.sync.push;

import java.util.UUID;

/**
 * What one push did for one order.
 *
 * @param status {@code SYNCED}, {@code RETRYING} (will be tried again), {@code DEFERRED} (Odoo was
 *     not called: circuit open), {@code FAILED} (dead letter), {@code CONFLICT} (parked: Odoo
 *     changed the same fields, a person chooses)
 */
public record SyncResult(
    UUID orderId, String status, Long odooId, String odooName, String errorType, String error) {}
