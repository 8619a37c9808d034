package net.orderbridge.supplier.domain.mirror;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a refresh from Odoo changed in one mirrored record: {@code ADDED} (first seen, every field
 * after), {@code CHANGED} (the fields that differ), {@code REMOVED} (Odoo no longer returns it: the
 * mirror keeps it, inactive). Never changed once written.
 */
@Entity
@Table(name = "catalogue_audit", schema = "supplier")
public class CatalogueChange {
  public static final String ADDED = "ADDED";
  public static final String CHANGED = "CHANGED";
  public static final String REMOVED = "REMOVED";

  @Id
  @SequenceGenerator(
      name = "catalogue_audit_seq",
      schema = "supplier",
      sequenceName = "catalogue_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_audit_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "source", nullable = false, updatable = false, length = 32)
  private String source;

  @Column(name = "model", nullable = false, updatable = false, length = 32)
  private String model;

  @Column(name = "odoo_id", nullable = false, updatable = false)
  private long odooId;

  @Column(name = "kind", nullable = false, updatable = false, length = 8)
  private String kind;

  @ElementCollection
  @CollectionTable(
      name = "catalogue_audit_change",
      schema = "supplier",
      joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  private List<CatalogueFieldChange> changes = new ArrayList<>();

  protected CatalogueChange() {
    // for JPA
  }

  private CatalogueChange(
      Instant occurredAt,
      String source,
      String model,
      long odooId,
      String kind,
      List<CatalogueFieldChange> changes) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.source = Objects.requireNonNull(source, "source");
    this.model = Objects.requireNonNull(model, "model");
    this.odooId = odooId;
    this.kind = kind;
    this.changes = new ArrayList<>(changes);
  }

  /**
   * The change from {@code before} (null: not mirrored yet) to {@code after} ({@link
   * OdooMirrored#auditedValues}); empty when no value differs.
   *
   * @param source what refreshed the record, e.g. {@code full refresh}
   * @param model Odoo's model of the record, e.g. {@code res.partner}
   */
  public static Optional<CatalogueChange> between(
      String source,
      String model,
      long odooId,
      Map<String, String> before,
      Map<String, String> after,
      Instant at) {
    Objects.requireNonNull(after, "after");
    Map<String, String> was = before == null ? Map.of() : before;
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(was.keySet());
    List<CatalogueFieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      if (!Objects.equals(was.get(field), after.get(field))) {
        changes.add(new CatalogueFieldChange(field, was.get(field), after.get(field)));
      }
    }
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    String kind;
    if (before == null) {
      kind = ADDED;
    } else if ("true".equals(was.get("active")) && "false".equals(after.get("active"))) {
      kind = REMOVED;
    } else {
      kind = CHANGED;
    }
    return Optional.of(new CatalogueChange(at, source, model, odooId, kind, changes));
  }

  /** An amount as the audit writes it: without trailing zeros, null for none. */
  public static String plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String source() {
    return source;
  }

  public String model() {
    return model;
  }

  public long odooId() {
    return odooId;
  }

  public String kind() {
    return kind;
  }

  public List<CatalogueFieldChange> changes() {
    return List.copyOf(changes);
  }
}
