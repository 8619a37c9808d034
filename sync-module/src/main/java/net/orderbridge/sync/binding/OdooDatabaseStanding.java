package net.orderbridge.sync.binding;

import java.time.Instant;

/**
 * The Odoo database the bindings belong to, as {@code GET /api/sync/status} and readiness show it.
 *
 * @param inStep false while another database answers: push and pull are stopped
 * @param problem why they are stopped and the way out, in plain words; null while in step
 * @param recorded the database the bindings belong to, null before the first contact
 * @param found the database answering instead, while mismatched
 */
public record OdooDatabaseStanding(
    boolean inStep, String problem, String recorded, String found, Instant mismatchSince) {}
