package net.orderbridge.sync.push;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.sync.binding.OrderBinding;

/**
 * The port through which orders reach Odoo (an OCA/connector exporter). Implementations make every
 * step safe to repeat: a create is looked up by the order's key first, lines and states are
 * compared with what Odoo holds before anything is sent.
 *
 * <p>Odoo has no optimistic locking, so before a bound order is written the implementation reads
 * its {@code write_date} (one read for all the updates of a batch) and compares it with the
 * binding's. An order Odoo changed since is not written: it comes back as {@link
 * Exported#changedInOdoo()}, for the caller to merge Odoo's edits into ours first (three-way, as
 * the pull does) and export it again. The same holds for a deleted order: its Odoo order is not
 * cancelled nor unlinked over an edit the deletion has not seen ({@link
 * Exported#deletionMetOdooEdit}).
 */
public interface OrderExporter {

  /** Brings each order's Odoo counterpart in line with it; one result per order, in any order. */
  List<Exported> export(List<OrderToExport> orders);

  /**
   * One order to push.
   *
   * @param order the order now, empty when it was deleted
   * @param binding its binding, empty before the first push
   */
  record OrderToExport(
      UUID orderId, Optional<PurchaseOrderSnapshot> order, Optional<OrderBinding> binding) {}

  /**
   * What became of one order: the binding to keep (empty when the order is gone on both sides), the
   * failure, or nothing sent because Odoo changed the order since its binding ({@code
   * changedInOdoo}).
   */
  record Exported(
      UUID orderId,
      Optional<OrderBinding> binding,
      RuntimeException failure,
      boolean changedInOdoo,
      Instant odooWriteDate) {

    public static Exported synced(UUID orderId, OrderBinding binding) {
      return new Exported(orderId, Optional.ofNullable(binding), null, false, null);
    }

    public static Exported failed(UUID orderId, RuntimeException failure) {
      return new Exported(orderId, Optional.empty(), failure, false, null);
    }

    /** Not written: Odoo's {@code write_date} differs from the binding's. */
    public static Exported changedInOdoo(UUID orderId) {
      return new Exported(orderId, Optional.empty(), null, true, null);
    }

    /**
     * A deleted order's Odoo counterpart was neither cancelled nor unlinked: Odoo changed it (to
     * {@code odooWriteDate}) since its binding.
     */
    public static Exported deletionMetOdooEdit(UUID orderId, Instant odooWriteDate) {
      return new Exported(orderId, Optional.empty(), null, true, odooWriteDate);
    }

    public boolean succeeded() {
      return failure == null && !changedInOdoo;
    }
  }
}
