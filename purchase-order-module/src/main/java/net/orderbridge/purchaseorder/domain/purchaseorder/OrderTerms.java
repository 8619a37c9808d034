package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.util.Objects;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.SupplierId;

/** The header of an order: who supplies it, in which currency, and free notes (may be null). */
public record OrderTerms(SupplierId supplierId, CurrencyCode currency, String notes) {

  public OrderTerms {
    Objects.requireNonNull(supplierId, "supplierId");
    Objects.requireNonNull(currency, "currency");
    if (notes != null && notes.isBlank()) {
      notes = null;
    }
  }
}
