package net.orderbridge.purchaseorder.domain.audit;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the audit trail: never changed or removed once written. A change of the order lists
 * its {@link FieldChange}s, before and after.
 */
@Entity
@Table(name = "audit_entry", schema = "purchase_order")
public class AuditEntry {

  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      schema = "purchase_order",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private UUID orderId;

  @Column(name = "action", nullable = false, updatable = false, length = 32)
  private String action;

  @Column(name = "actor", nullable = false, updatable = false, length = 200)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "detail", updatable = false, length = 2000)
  private String detail;

  @ElementCollection
  @CollectionTable(
      name = "audit_change",
      schema = "purchase_order",
      joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  private List<FieldChange> changes = new ArrayList<>();

  protected AuditEntry() {}

  public AuditEntry(UUID orderId, String action, String actor, Instant occurredAt, String detail) {
    this(orderId, action, actor, occurredAt, detail, List.of());
  }

  public AuditEntry(
      UUID orderId,
      String action,
      String actor,
      Instant occurredAt,
      String detail,
      List<FieldChange> changes) {
    this.orderId = Objects.requireNonNull(orderId, "orderId");
    this.action = Objects.requireNonNull(action, "action");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    this.changes = new ArrayList<>(Objects.requireNonNull(changes, "changes"));
  }

  public UUID orderId() {
    return orderId;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String detail() {
    return detail;
  }

  public List<FieldChange> changes() {
    return List.copyOf(changes);
  }
}
