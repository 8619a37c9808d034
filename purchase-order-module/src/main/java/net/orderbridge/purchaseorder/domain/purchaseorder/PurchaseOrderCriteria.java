package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.util.Optional;
import net.orderbridge.shared.domain.SupplierId;

/**
 * What to search orders by and in which order; a null part matches every order. {@code syncStatus}
 * filters on the standing with Odoo that the sync context reports (see {@code OrderSyncState});
 * {@link #matches} can't see it. {@code text} is found in the number or the notes, whatever the
 * case.
 */
public record PurchaseOrderCriteria(
    PurchaseOrderState state, SupplierId supplierId, String syncStatus, String text, Sort sort) {

  /** The orders of a page: by number (the order they were placed in) or by untaxed total. */
  public enum Sort {
    NUMBER_DESC,
    NUMBER_ASC,
    TOTAL_DESC,
    TOTAL_ASC
  }

  public PurchaseOrderCriteria {
    text = text == null || text.isBlank() ? null : text.strip();
    sort = sort == null ? Sort.NUMBER_DESC : sort;
  }

  public PurchaseOrderCriteria(PurchaseOrderState state, SupplierId supplierId, String syncStatus) {
    this(state, supplierId, syncStatus, null, null);
  }

  public PurchaseOrderCriteria(PurchaseOrderState state, SupplierId supplierId) {
    this(state, supplierId, null);
  }

  public static PurchaseOrderCriteria any() {
    return new PurchaseOrderCriteria(null, null, null);
  }

  public Optional<String> textFilter() {
    return Optional.ofNullable(text);
  }

  public Optional<String> syncStatusFilter() {
    return Optional.ofNullable(syncStatus);
  }

  public Optional<PurchaseOrderState> stateFilter() {
    return Optional.ofNullable(state);
  }

  public Optional<SupplierId> supplierFilter() {
    return Optional.ofNullable(supplierId);
  }

  public boolean matches(PurchaseOrder order) {
    return (state == null || state == order.state())
        && (supplierId == null || supplierId.equals(order.supplierId()))
        && (text == null
            || contains(order.number().value(), text)
            || order.notes().map(notes -> contains(notes, text)).orElse(false));
  }

  private static boolean contains(String value, String part) {
    return value
        .toLowerCase(java.util.Locale.ROOT)
        .contains(part.toLowerCase(java.util.Locale.ROOT));
  }
}
