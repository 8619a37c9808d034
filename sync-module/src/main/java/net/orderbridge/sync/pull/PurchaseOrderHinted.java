package net.orderbridge.sync.pull;

/**
 * A webhook hint about an Odoo {@code purchase.order} was queued (fired inside its transaction).
 */
public record PurchaseOrderHinted(long odooId) {}
