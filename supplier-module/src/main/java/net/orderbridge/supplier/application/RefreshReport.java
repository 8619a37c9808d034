package net.orderbridge.supplier.application;

import java.time.Instant;

/**
 * What a full refresh did: how many records Odoo returned of each kind, how many mirrored ones it
 * marked inactive because Odoo no longer returned them, and how many prices it left out because
 * their supplier or product was not among the records.
 */
public record RefreshReport(
    int suppliers,
    int products,
    int prices,
    int deactivated,
    int skippedPrices,
    Instant refreshedAt) {}
