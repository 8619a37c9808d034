package net.orderbridge.supplier.domain.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.domain.mirror.OdooMirrored;

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
public class Supplier extends OdooMirrored<SupplierDetails> {

  @Id private UUID id;

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

  protected Supplier() {
    // for JPA
  }

  private Supplier(SupplierId id, long odooId) {
    super(odooId);
    this.id = Objects.requireNonNull(id, "id").value();
  }

  /** A supplier seen in Odoo for the first time. */
  public static Supplier mirror(
      SupplierId id, long odooId, SupplierDetails details, Instant refreshedAt) {
    Supplier supplier = new Supplier(id, odooId);
    supplier.take(details, refreshedAt);
    return supplier;
  }

  @Override
  protected void apply(SupplierDetails details) {
    this.name = details.name();
    this.email = details.email();
    this.reference = details.reference();
    this.company = details.company();
    this.supplierRank = details.supplierRank();
  }

  @Override
  protected Map<String, String> ownValues() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("reference", reference);
    values.put("company", String.valueOf(company));
    values.put("supplierRank", String.valueOf(supplierRank));
    return values;
  }

  public SupplierId id() {
    return new SupplierId(id);
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Supplier that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
