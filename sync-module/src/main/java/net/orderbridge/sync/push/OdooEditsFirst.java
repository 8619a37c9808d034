package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.sync.conflict.MergeOdooEdit;
import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrders;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;

/**
 * Odoo's unseen edits before our update: for the orders whose Odoo {@code write_date} moved since
 * their binding (the exporter found it in its one read of the batch), reads them in full (two calls
 * for all of them) and runs the pull's own step on each ({@link MergeOdooEdit}: three-way merge of
 * the binding's snapshot, our order and Odoo's, in one transaction). Fields only Odoo changed come
 * into our order, fields only we changed stay ours to push, and fields both changed become {@code
 * SyncConflict}s: settled by policy, or waiting for a person, which parks the push. Afterwards the
 * binding carries Odoo's new {@code write_date}, so the export that follows writes over nothing it
 * has not seen.
 */
@ApplicationScoped
public class OdooEditsFirst {
  private final OdooPurchaseOrders odoo;
  private final MergeOdooEdit pull;
  private final PushMetrics metrics;

  @Inject
  public OdooEditsFirst(OdooPurchaseOrders odoo, MergeOdooEdit pull, PushMetrics metrics) {
    this.odoo = odoo;
    this.pull = pull;
    this.metrics = metrics;
  }

  /** For CDI's client proxy. */
  protected OdooEditsFirst() {
    this(null, null, null);
  }

  /** What the merge left for one order: export it again, park it, or fail this attempt. */
  record Merged(UUID orderId, MergeOdooEdit.Merge merge, RuntimeException failure) {
    boolean parked() {
      return merge != null && merge.parked();
    }
  }

  /**
   * @param orders local order by Odoo id
   */
  List<Merged> merge(Map<Long, UUID> orders) {
    List<Merged> merged = new ArrayList<>();
    Map<Long, RemoteOrder> remote = new HashMap<>();
    try {
      odoo.find(new ArrayList<>(orders.keySet())).forEach(r -> remote.put(r.odooId(), r));
    } catch (RuntimeException unread) {
      orders.values().forEach(id -> merged.add(new Merged(id, null, unread)));
      return merged;
    }
    orders.forEach(
        (odooId, orderId) -> {
          RemoteOrder found = remote.get(odooId);
          if (found == null) {
            merged.add(new Merged(orderId, null, gone(odooId)));
            return;
          }
          try {
            MergeOdooEdit.Merge merge = pull.mergeOdooEdit(found);
            metrics.odooEditsMerged(merge.outcome());
            merged.add(new Merged(orderId, merge, null));
          } catch (RuntimeException failed) {
            merged.add(new Merged(orderId, null, failed));
          }
        });
    return merged;
  }

  private static OdooRecordMissingException gone(long odooId) {
    return new OdooRecordMissingException(
        null,
        "Odoo " + OdooModels.PURCHASE_ORDER + " " + odooId + " is gone",
        OdooModels.PURCHASE_ORDER);
  }
}
