package net.orderbridge.supplier.domain.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.shared.domain.SupplierId;

/**
 * A vendor, mirrored from Odoo's {@code res.partner}. Its local {@link SupplierId} never changes;
 * its Odoo id is unique in the mirror.
 *
 * <p>Odoo has no optimistic locking and its {@code write_date} is the transaction's start time to
 * the second, so {@link #refresh} refuses only snapshots strictly older than the one it holds: an
 * equal {@code write_date} may carry a later change of the same second and is applied.
 */
@Entity
@Table(name = "supplier", schema = "supplier")
public class Supplier {

  @Id private UUID id;

  @Column(name = "odoo_id", nullable = false, unique = true)
  private long odooId;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "email")
  private String email;

  @Column(name = "reference")
  private String reference;

  @Column(name = "is_company", nullable = false)
  private boolean company;

  @Column(name = "supplier_rank", nullable = false)
  private int supplierRank;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "odoo_write_date")
  private Instant odooWriteDate;

  @Column(name = "refreshed_at", nullable = false)
  private Instant refreshedAt;

  protected Supplier() {
    // for JPA
  }

  private Supplier(SupplierId id, long odooId) {
    this.id = Objects.requireNonNull(id, "id").value();
    if (odooId <= 0) {
      throw new IllegalArgumentException("Odoo ids are positive: " + odooId);
    }
    this.odooId = odooId;
  }

  /** A supplier seen in Odoo for the first time. */
  public static Supplier mirror(
      SupplierId id, long odooId, SupplierDetails details, Instant refreshedAt) {
    Supplier supplier = new Supplier(id, odooId);
    supplier.apply(details, refreshedAt);
    return supplier;
  }

  /**
   * Takes what Odoo answered at {@code at}; returns false, changing nothing, when the snapshot is
   * older than the one already held.
   */
  public boolean refresh(SupplierDetails details, Instant at) {
    Objects.requireNonNull(details, "details");
    if (details.writeDate() != null
        && odooWriteDate != null
        && details.writeDate().isBefore(odooWriteDate)) {
      return false;
    }
    apply(details, at);
    return true;
  }

  /** Odoo no longer returns this partner (deleted or no longer a vendor): keep it, inactive. */
  public void markMissingFromOdoo(Instant at) {
    this.active = false;
    this.refreshedAt = Objects.requireNonNull(at, "at");
  }

  private void apply(SupplierDetails details, Instant at) {
    this.name = details.name();
    this.email = details.email();
    this.reference = details.reference();
    this.company = details.company();
    this.supplierRank = details.supplierRank();
    this.active = details.active();
    this.odooWriteDate = details.writeDate();
    this.refreshedAt = Objects.requireNonNull(at, "at");
  }

  public SupplierId id() {
    return new SupplierId(id);
  }

  public long odooId() {
    return odooId;
  }

  public String name() {
    return name;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public boolean isCompany() {
    return company;
  }

  public int supplierRank() {
    return supplierRank;
  }

  public boolean isActive() {
    return active;
  }

  public Optional<Instant> odooWriteDate() {
    return Optional.ofNullable(odooWriteDate);
  }

  public Instant refreshedAt() {
    return refreshedAt;
  }

  /** How long ago the mirror last heard from Odoo about this supplier. */
  public Duration age(Instant now) {
    return Duration.between(refreshedAt, now);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Supplier that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
