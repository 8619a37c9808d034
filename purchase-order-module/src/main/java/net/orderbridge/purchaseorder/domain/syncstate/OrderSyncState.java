package net.orderbridge.purchaseorder.domain.syncstate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import net.orderbridge.shared.event.SyncStatus;

/**
 * One order's last reported sync standing; newer reports replace older ones, late ones are ignored.
 */
@Entity
@Table(name = "order_sync_state", schema = "purchase_order")
public class OrderSyncState {
  @Id
  @Column(name = "order_id")
  private UUID orderId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private SyncStatus status;

  @Column(name = "odoo_id")
  private Long odooId;

  @Column(name = "odoo_name", length = 64)
  private String odooName;

  @Column(name = "last_synced_at")
  private Instant lastSyncedAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OrderSyncState() {}

  public static OrderSyncState pending(UUID orderId, Instant at) {
    OrderSyncState state = new OrderSyncState();
    state.orderId = Objects.requireNonNull(orderId, "orderId");
    state.status = SyncStatus.PENDING;
    state.updatedAt = Objects.requireNonNull(at, "at");
    return state;
  }

  /** Takes a report unless a newer one is already recorded. */
  public void report(
      SyncStatus status,
      Long odooId,
      String odooName,
      Instant lastSyncedAt,
      String lastError,
      Instant at) {
    if (at.isBefore(updatedAt)) {
      return;
    }
    this.status = Objects.requireNonNull(status, "status");
    this.odooId = odooId != null ? odooId : this.odooId;
    this.odooName = odooName != null ? odooName : this.odooName;
    this.lastSyncedAt = lastSyncedAt != null ? lastSyncedAt : this.lastSyncedAt;
    this.lastError = lastError == null ? null : truncate(lastError);
    this.updatedAt = at;
  }

  private static String truncate(String error) {
    return error.length() <= 2000 ? error : error.substring(0, 2000);
  }

  public UUID orderId() {
    return orderId;
  }

  public SyncStatus status() {
    return status;
  }

  public Long odooId() {
    return odooId;
  }

  public String odooName() {
    return odooName;
  }

  public Instant lastSyncedAt() {
    return lastSyncedAt;
  }

  public String lastError() {
    return lastError;
  }
}
