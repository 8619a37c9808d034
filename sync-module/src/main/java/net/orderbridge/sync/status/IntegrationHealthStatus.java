package net.orderbridge.sync.status;

import java.time.Instant;
import net.orderbridge.sync.binding.OdooDatabaseStanding;
import net.orderbridge.sync.odoo.OdooSecret;

/**
 * The {@code IntegrationHealthStatus} of the user's design: the sync at a glance, as {@code GET
 * /api/sync/status} answers and the JMX bean {@code net.orderbridge:type=SyncStatus} reads it.
 *
 * @param lastSuccessfulSync when a message was last settled as done (any server)
 * @param backlog pending messages
 * @param retrying pending messages that failed at least once
 * @param oldestPendingAgeSeconds age of the oldest pending message, 0 when none
 * @param deadLetters messages given up on, waiting for an operator
 * @param pendingConflicts conflicts that wait for a person
 * @param pushEnabled false while an operator has stopped the automatic push (the backlog grows)
 * @param parkedPulls Odoo orders the pull could not apply, parked for a retry
 * @param parkedHints webhook hints parked after failed pulls
 * @param odoo Odoo's reachability, circuit, version and transport
 * @param odooDatabase the Odoo database the bindings belong to; while another one answers, push and
 *     pull are stopped and {@code problem} says why and what to do
 * @param odooKey where the Odoo key in use came from ({@code source}, {@code file}) and when it was
 *     loaded ({@code loadedAt}; a key file is followed, so this moves when the key is rotated), and
 *     why the file's key is not in use ({@code problem}); never the key
 */
public record IntegrationHealthStatus(
    Instant lastSuccessfulSync,
    long backlog,
    long retrying,
    long oldestPendingAgeSeconds,
    long deadLetters,
    long pendingConflicts,
    boolean pushEnabled,
    long parkedPulls,
    long parkedHints,
    OdooConnectionProbe.OdooConnection odoo,
    OdooDatabaseStanding odooDatabase,
    OdooSecret.Loading odooKey) {}
