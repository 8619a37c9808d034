package net.orderbridge.supplier.application;

import java.util.Objects;

/**
 * A record of Odoo's answer that the mirror left out, and why; the rest of the refresh goes on.
 *
 * @param model the Odoo model, e.g. {@code product.supplierinfo}
 * @param odooId the record's id in Odoo
 * @param reason why it cannot be mirrored, in plain words
 */
public record SkippedRecord(String model, long odooId, String reason) {

  public SkippedRecord {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reason, "reason");
  }
}
