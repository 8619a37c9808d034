package net.orderbridge.purchaseorder.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One purchase order as other contexts read it: ids, primitives and decimals only, taken inside a
 * transaction of the purchase-order context.
 *
 * @param state the order's state name ({@code DRAFT}, {@code SENT}, {@code TO_APPROVE}, {@code
 *     PURCHASE}, {@code CANCELLED})
 */
public record PurchaseOrderSnapshot(
    UUID id,
    String number,
    long version,
    UUID supplierId,
    String currency,
    String notes,
    String state,
    boolean locked,
    List<Line> lines) {

  public PurchaseOrderSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    lines = List.copyOf(lines);
  }

  /** One order line; {@code lineId} is stable across revisions. */
  public record Line(
      UUID lineId,
      UUID productId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      LocalDate plannedDate) {}
}
