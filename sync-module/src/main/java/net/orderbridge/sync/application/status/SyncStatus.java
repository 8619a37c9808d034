package net.orderbridge.sync.application.status;

import java.time.Instant;

/**
 * The push at a glance.
 *
 * @param lastSuccessfulSync when a message was last settled as done (any server)
 * @param backlog pending messages
 * @param retrying pending messages that failed at least once
 * @param oldestPendingAgeSeconds age of the oldest pending message, 0 when none
 * @param deadLetters messages given up on, waiting for an operator
 * @param pushEnabled false while an operator has stopped the automatic push (the backlog grows)
 */
public record SyncStatus(
    Instant lastSuccessfulSync,
    long backlog,
    long retrying,
    long oldestPendingAgeSeconds,
    long deadLetters,
    long pendingConflicts,
    boolean pushEnabled,
    OdooConnectionProbe.OdooConnection odoo) {}
