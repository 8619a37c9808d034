package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.sync.conflict.AgreedWithOdoo;
import net.orderbridge.sync.conflict.MergeBases;
import net.orderbridge.sync.conflict.OrderFields;
import net.orderbridge.sync.conflict.SyncedFields;

/**
 * After a successful push, Odoo has what we pushed: that is the new base of the three-way merge,
 * taken in the push's own transaction. It is the order as the push read it, not as it is now: when
 * newer local changes wait in the outbox, the base must still be what both sides last agreed on, or
 * the next merge (the pull's, or the push's own before it writes) would take an Odoo edit made
 * meanwhile for "unchanged" and the push would overwrite it.
 */
@ApplicationScoped
public class SnapshotAfterPush {
  private final MergeBases bases;
  private final Catalogue catalogue;

  @Inject
  public SnapshotAfterPush(MergeBases bases, Catalogue catalogue) {
    this.bases = bases;
    this.catalogue = catalogue;
  }

  /** For CDI's client proxy. */
  protected SnapshotAfterPush() {
    this(null, null);
  }

  /** Observed synchronously, in the push's transaction. */
  void pushed(@Observes AgreedWithOdoo pushed) {
    pushed(pushed.orders());
  }

  /** The snapshots of the pushed orders, in one statement. */
  public void pushed(Collection<PurchaseOrderSnapshot> orders) {
    Map<UUID, SyncedFields> fields = new HashMap<>();
    for (PurchaseOrderSnapshot order : orders) {
      fields.put(
          order.id(),
          OrderFields.local(order, p -> catalogue.odooIdOf(new ProductId(p)).orElse(0L)));
    }
    bases.storeSnapshots(fields);
  }
}
