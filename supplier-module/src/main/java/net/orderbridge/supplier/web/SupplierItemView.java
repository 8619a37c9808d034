package net.orderbridge.supplier.web;

import java.time.Instant;
import net.orderbridge.supplier.api.SupplierView;

/** A supplier in a response: its local id, its Odoo id and how fresh the mirror is. */
public record SupplierItemView(
    String id,
    long odooId,
    String name,
    String email,
    String reference,
    boolean company,
    boolean active,
    Instant refreshedAt,
    boolean stale) {

  static SupplierItemView of(SupplierView v) {
    return new SupplierItemView(
        v.id().toString(),
        v.odooId(),
        v.name(),
        v.email(),
        v.reference(),
        v.company(),
        v.active(),
        v.refreshedAt(),
        v.stale());
  }
}
