package net.orderbridge.purchaseorder.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.orderbridge.shared.domain.SupplierId;

/** Place a new draft order; {@code currency} is an ISO 4217 code, {@code notes} may be null. */
public record PlacePurchaseOrder(
    SupplierId supplierId, String currency, String notes, List<LineInput> lines) {

  public PlacePurchaseOrder {
    lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
  }
}
