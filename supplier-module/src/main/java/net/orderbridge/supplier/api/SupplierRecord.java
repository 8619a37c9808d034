package net.orderbridge.supplier.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A vendor partner as Odoo's {@code res.partner} has it. Odoo's {@code False} becomes null ({@code
 * email}, {@code reference} = {@code ref}, {@code writeDate}).
 *
 * @param odooId {@code id}
 * @param name {@code name} (not {@code display_name}, which prefixes the parent company)
 * @param company {@code is_company}
 * @param supplierRank {@code supplier_rank}; 0 for a partner that only appears on orders (Odoo does
 *     not raise it when orders are created or confirmed)
 * @param active {@code active}; archived partners come with false
 * @param writeDate {@code write_date} (UTC, to the second)
 */
public record SupplierRecord(
    long odooId,
    String name,
    String email,
    String reference,
    boolean company,
    int supplierRank,
    boolean active,
    Instant writeDate) {

  public SupplierRecord {
    Objects.requireNonNull(name, "name");
  }
}
