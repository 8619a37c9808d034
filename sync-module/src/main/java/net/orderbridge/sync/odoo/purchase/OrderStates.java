package net.orderbridge.sync.odoo.purchase;

import java.util.Locale;
import net.orderbridge.purchaseorder.api.OrderState;
import net.orderbridge.sync.odoo.OdooMappingException;

/**
 * Odoo's {@code purchase.order} states and ours, both ways. Odoo 16-18's {@code done} (a confirmed
 * order, locked) is {@link OrderState#PURCHASE}; the lock travels apart.
 */
public final class OrderStates {
  private OrderStates() {}

  /** The purchase-order context's state for one of Odoo's. */
  public static OrderState local(String odooState) {
    return switch (odooState.toLowerCase(Locale.ROOT)) {
      case "draft" -> OrderState.DRAFT;
      case "sent" -> OrderState.SENT;
      case "to approve" -> OrderState.TO_APPROVE;
      case "purchase", "done" -> OrderState.PURCHASE;
      case "cancel" -> OrderState.CANCELLED;
      default ->
          throw new OdooMappingException(
              "purchase.order", "Odoo reports an unknown purchase order state " + odooState);
    };
  }

  /** Odoo's name of a local state name ({@link OrderState}'s names). */
  public static String odoo(String localState) {
    return switch (localState) {
      case "DRAFT" -> "draft";
      case "SENT" -> "sent";
      case "TO_APPROVE" -> "to approve";
      case "PURCHASE" -> "purchase";
      case "CANCELLED" -> "cancel";
      default -> localState.toLowerCase(Locale.ROOT);
    };
  }
}
