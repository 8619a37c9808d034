package net.orderbridge.sync.push;

import java.util.UUID;
import net.orderbridge.shared.event.SyncStatus;

/**
 * What one push did for one order.
 *
 * @param status {@code SYNCED}, {@code RETRYING}, {@code DEFERRED}, {@code FAILED} or {@code
 *     CONFLICT} (see {@link SyncStatus})
 */
public record SyncResult(
    UUID orderId,
    SyncStatus status,
    Long odooId,
    String odooName,
    String errorType,
    String error) {}
