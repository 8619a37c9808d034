package net.orderbridge.supplier.domain.mirror;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A record mirrored from Odoo, refreshed from Odoo's snapshots of it.
 *
 * <p>Odoo has no optimistic locking and its {@code write_date} is the transaction's start time to
 * the second, so {@link #refresh} refuses only snapshots strictly older than the one held: an equal
 * {@code write_date} may carry a later change of the same second and is applied. Records Odoo stops
 * returning are kept, inactive.
 *
 * @param <S> the snapshot type of the record
 */
@MappedSuperclass
public abstract class OdooMirrored<S extends OdooSnapshot> {

  @Column(name = "odoo_id", nullable = false, unique = true)
  private long odooId;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "odoo_write_date")
  private Instant odooWriteDate;

  @Column(name = "refreshed_at", nullable = false)
  private Instant refreshedAt;

  protected OdooMirrored() {
    // for JPA
  }

  protected OdooMirrored(long odooId) {
    if (odooId <= 0) {
      throw new IllegalArgumentException("Odoo ids are positive: " + odooId);
    }
    this.odooId = odooId;
  }

  /** Takes Odoo's answer unless it is older than the snapshot held; says whether it applied. */
  public boolean refresh(S snapshot, Instant at) {
    Objects.requireNonNull(snapshot, "snapshot");
    if (snapshot.writeDate() != null
        && odooWriteDate != null
        && snapshot.writeDate().isBefore(odooWriteDate)) {
      return false;
    }
    take(snapshot, at);
    return true;
  }

  /** Odoo no longer returns this record (deleted, or out of scope): keep it, inactive. */
  public void markMissingFromOdoo(Instant at) {
    this.active = false;
    this.refreshedAt = Objects.requireNonNull(at, "at");
  }

  protected final void take(S snapshot, Instant at) {
    apply(snapshot);
    this.active = snapshot.active();
    this.odooWriteDate = snapshot.writeDate();
    this.refreshedAt = Objects.requireNonNull(at, "at");
  }

  /** Copies the record's own values from a snapshot. */
  protected abstract void apply(S snapshot);

  /**
   * The record's own values as text, named as the catalogue audit names them ({@link
   * CatalogueChange}); contact details (a vendor's e-mail) are left out.
   */
  protected abstract Map<String, String> ownValues();

  /** {@link #ownValues} and whether Odoo still returns the record ({@code active}). */
  public final Map<String, String> auditedValues() {
    Map<String, String> values = new LinkedHashMap<>(ownValues());
    values.put("active", String.valueOf(active));
    return values;
  }

  public long odooId() {
    return odooId;
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

  public Duration age(Instant now) {
    return Duration.between(refreshedAt, now);
  }
}
