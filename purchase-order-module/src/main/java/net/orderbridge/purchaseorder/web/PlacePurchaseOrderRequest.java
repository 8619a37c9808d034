package net.orderbridge.purchaseorder.web;

import java.util.List;

/** The body of {@code POST /api/purchase-orders} and {@code PUT /api/purchase-orders/{id}}. */
public record PlacePurchaseOrderRequest(
    String supplierId, String currency, String notes, List<LineRequest> lines) {}
