package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.util.Objects;
import java.util.regex.Pattern;
import net.orderbridge.shared.error.ApplicationProblem;

/**
 * The human number of an order, such as {@code AF-PO-000123}: unique, assigned once when the order
 * is placed, from a database sequence ({@link PurchaseOrders#nextNumber()}). It is ours, not Odoo's
 * {@code name} ({@code P00011}), which Odoo assigns and which skips values after failed creates.
 */
public record PurchaseOrderNumber(String value) {

  public static final String PREFIX = "AF-PO-";
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*-PO-\\d{6,}");

  public PurchaseOrderNumber {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw ApplicationProblem.invalid("number", "not a purchase-order number: " + value);
    }
  }

  /** The number for the given value of the order-number sequence, which starts at 1. */
  public static PurchaseOrderNumber fromSequence(long sequenceValue) {
    if (sequenceValue < 1) {
      throw new IllegalArgumentException("sequence values start at 1: " + sequenceValue);
    }
    return new PurchaseOrderNumber(PREFIX + String.format("%06d", sequenceValue));
  }

  @Override
  public String toString() {
    return value;
  }
}
