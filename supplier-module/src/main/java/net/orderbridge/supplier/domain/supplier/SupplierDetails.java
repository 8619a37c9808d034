package net.orderbridge.supplier.domain.supplier;

import java.time.Instant;
import java.util.Objects;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.supplier.domain.mirror.OdooSnapshot;

/**
 * What Odoo says about a vendor partner. {@code email} and {@code reference} are null where Odoo
 * answers {@code False}; {@code writeDate} is Odoo's {@code write_date} (UTC, to the second).
 */
public record SupplierDetails(
    String name,
    String email,
    String reference,
    boolean company,
    int supplierRank,
    boolean active,
    Instant writeDate)
    implements OdooSnapshot {

  public SupplierDetails {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw ApplicationProblem.invalid("name", "a supplier needs a name");
    }
    if (supplierRank < 0) {
      throw ApplicationProblem.invalid("supplierRank", "negative supplier rank: " + supplierRank);
    }
  }
}
