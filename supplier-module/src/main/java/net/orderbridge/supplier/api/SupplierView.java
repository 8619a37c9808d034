package net.orderbridge.supplier.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import net.orderbridge.shared.domain.SupplierId;

/**
 * A supplier as the catalogue knows it.
 *
 * @param email null when Odoo has none
 * @param reference Odoo's {@code ref}; null when none
 * @param refreshedAt when the mirror last heard from Odoo about it
 * @param stale true when {@code refreshedAt} is older than the mirror's time to live and Odoo could
 *     not be reached to refresh it
 */
public record SupplierView(
    SupplierId id,
    long odooId,
    String name,
    String email,
    String reference,
    boolean company,
    boolean active,
    Instant refreshedAt,
    boolean stale) {

  public SupplierView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(refreshedAt, "refreshedAt");
  }

  public Optional<String> emailIfAny() {
    return Optional.ofNullable(email);
  }
}
