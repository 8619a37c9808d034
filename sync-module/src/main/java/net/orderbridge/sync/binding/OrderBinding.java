package net.orderbridge.sync.binding;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A local purchase order bound to its Odoo {@code purchase.order} (an OCA/connector binding).
 *
 * <p>{@code externalKey} is the order's deterministic key in Odoo (its {@code origin}, see the
 * push's {@code OrderKey}); it is recorded before the first create is sent, so a row with {@code
 * odooId == null} means "a create may have reached Odoo: look it up by key before anything else".
 *
 * @param writeDate Odoo's {@code write_date} read back after our last write (per transaction, to
 *     the second)
 * @param hash the hash of the fields we last pushed, or null when unknown
 * @param odooState Odoo's {@code state} read back after our last write
 * @param lines local line id to its Odoo line and the hash of the line as we last pushed it
 */
public record OrderBinding(
    UUID orderId,
    String externalKey,
    Long odooId,
    String odooName,
    Instant writeDate,
    String hash,
    String odooState,
    boolean odooLocked,
    Instant syncedAt,
    Map<UUID, LineBinding> lines) {

  public OrderBinding {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(externalKey, "externalKey");
    lines = Map.copyOf(lines);
  }

  /** A key recorded before a create whose outcome is not known yet. */
  public static OrderBinding reserved(UUID orderId, String externalKey) {
    return new OrderBinding(
        orderId, externalKey, null, null, null, null, null, false, null, Map.of());
  }

  public boolean isBound() {
    return odooId != null;
  }

  /**
   * Whether Odoo wrote the order since this binding was taken: its {@code write_date} now differs
   * from the one read back after our last write (or applied by the last pull). Our own writes move
   * {@code write_date} too, which is why the binding keeps the value read <em>after</em> them. Odoo
   * stamps {@code write_date} with its transaction's start, to the second, so an Odoo edit that
   * began in the very second of our last write is not told apart here; the pull's comparison with
   * the agreed snapshot still sees it. Unknown ({@code writeDate == null}) counts as changed.
   */
  public boolean changedInOdooSince(Instant odooWriteDate) {
    return writeDate == null || !writeDate.equals(odooWriteDate);
  }

  /** The same binding, with Odoo's {@code write_date} of an edit that counts as seen. */
  public OrderBinding seenAt(Instant odooWriteDate) {
    return new OrderBinding(
        orderId,
        externalKey,
        odooId,
        odooName,
        odooWriteDate,
        hash,
        odooState,
        odooLocked,
        syncedAt,
        lines);
  }

  /** One local line bound to its Odoo {@code purchase.order.line}. */
  public record LineBinding(long odooLineId, String hash) {}
}
