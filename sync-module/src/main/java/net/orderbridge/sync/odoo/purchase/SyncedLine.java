package net.orderbridge.sync.odoo.purchase;

/**
 * An Odoo {@code purchase.order.line} as it was last synced: its id and the hash of the values we
 * wrote. What {@link LineDiff} compares the local lines with; the binding keeps these.
 */
public record SyncedLine(long odooLineId, String hash) {}
