package net.orderbridge.purchaseorder.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.SupplierId;

/**
 * Replace an order's header and lines, provided it is still at {@code expectedVersion} (the version
 * the client read, e.g. from an {@code If-Match} ETag).
 */
public record RevisePurchaseOrder(
    PurchaseOrderId orderId,
    long expectedVersion,
    SupplierId supplierId,
    String currency,
    String notes,
    List<LineInput> lines) {

  public RevisePurchaseOrder {
    Objects.requireNonNull(orderId, "orderId");
    lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
  }
}
