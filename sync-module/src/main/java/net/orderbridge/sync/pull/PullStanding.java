package net.orderbridge.sync.pull;

import java.time.Duration;
import java.time.Instant;

/**
 * The pull at a glance.
 *
 * @param importMode {@code sync.pull.import} as it applies now
 * @param cursorWriteDate where the last poll stopped ({@code write_date}), null before the first
 * @param cursorOdooId the Odoo id at the cursor, null before the first poll
 * @param skippedImports orders made in Odoo that the import leaves out now
 * @param parkedFailures orders the pull could not apply, parked for a retry ({@code GET
 *     /api/sync/pull/failures})
 * @param lastSuccessfulPoll when a poll of this instance last read Odoo to its end, null before
 */
public record PullStanding(
    String importMode,
    Instant cursorWriteDate,
    Long cursorOdooId,
    Duration interval,
    Duration overlap,
    int pageSize,
    long skippedImports,
    long parkedFailures,
    Instant lastSuccessfulPoll) {}
