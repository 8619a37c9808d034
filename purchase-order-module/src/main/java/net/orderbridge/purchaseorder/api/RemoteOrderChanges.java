package net.orderbridge.purchaseorder.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Changes made in Odoo, applied to our orders by the sync context in its own transaction. Each call
 * fires the usual integration events, so the audit trail records them; the sync recognises its own
 * echo.
 */
public interface RemoteOrderChanges {

  /** Gives the order the state and lock it has in Odoo; returns whether anything changed. */
  boolean applyState(UUID orderId, OrderState state, boolean locked);

  /**
   * Takes over Odoo's notes and lines: lines with a known id are restated, the others added or
   * dropped.
   */
  void applyNotesAndLines(UUID orderId, String notes, List<RemoteLine> lines);

  /** Creates a local order for one made in Odoo; returns its id. */
  UUID importOrder(ImportedOrder order);

  /**
   * A line as Odoo has it; {@code lineId} is our id of a bound line, or null for a line new to us.
   */
  record RemoteLine(
      UUID lineId,
      UUID productId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      LocalDate plannedDate) {

    public RemoteLine {
      Objects.requireNonNull(productId, "productId");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(unitPrice, "unitPrice");
      Objects.requireNonNull(plannedDate, "plannedDate");
    }
  }

  /** An order Odoo has and we don't. */
  record ImportedOrder(
      long odooId,
      UUID supplierId,
      String currency,
      String notes,
      OrderState state,
      boolean locked,
      List<RemoteLine> lines) {

    public ImportedOrder {
      Objects.requireNonNull(supplierId, "supplierId");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(state, "state");
      lines = List.copyOf(lines);
    }
  }
}
