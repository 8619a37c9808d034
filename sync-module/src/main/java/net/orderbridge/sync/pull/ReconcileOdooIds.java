package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrders;

/**
 * Finds orders deleted in Odoo. A deletion leaves no {@code write_date} behind, so polling can't
 * see it: this compares the Odoo ids of our bindings with the ids Odoo still has ({@code
 * active_test=False}), in chunks, and reports each missing one on the order's sync block ({@value
 * #STATUS}) and in its audit trail. The local order itself is kept: deleting a buyer's data because
 * Odoo lost it is a person's decision.
 */
@ApplicationScoped
public class ReconcileOdooIds {
  static final SyncStatus STATUS = SyncStatus.DELETED_IN_ODOO;
  private static final Logger LOG = Logger.getLogger(ReconcileOdooIds.class.getName());

  private final OdooPurchaseOrders odoo;
  private final BoundOrders bindings;
  private final Event<PurchaseOrderSyncStateChanged> reports;
  private final Clock clock;
  private final OdooDatabaseGuard odooDatabase;

  @Inject
  public ReconcileOdooIds(
      OdooPurchaseOrders odoo,
      BoundOrders bindings,
      Event<PurchaseOrderSyncStateChanged> reports,
      Clock clock,
      OdooDatabaseGuard odooDatabase) {
    this.odoo = odoo;
    this.bindings = bindings;
    this.reports = reports;
    this.clock = clock;
    this.odooDatabase = odooDatabase;
  }

  /** For CDI's client proxy. */
  protected ReconcileOdooIds() {
    this(null, null, null, null, null);
  }

  /** Checks every bound order once; returns the Odoo ids found deleted. */
  @Transactional
  public List<Long> reconcile() {
    odooDatabase.requireSameDatabase();
    Map<Long, UUID> bound = bindings.live();
    List<Long> ids = new ArrayList<>(bound.keySet());
    Set<Long> existing = odoo.existing(ids);
    List<Long> deleted = new ArrayList<>();
    for (Long odooId : ids) {
      UUID orderId = bound.get(odooId);
      if (!existing.contains(odooId) && bindings.markDeletedInOdoo(orderId)) {
        deleted.add(odooId);
        reports.fire(
            new PurchaseOrderSyncStateChanged(
                orderId,
                STATUS,
                odooId,
                null,
                null,
                "Odoo no longer has " + OdooModels.PURCHASE_ORDER + " " + odooId,
                clock.instant()));
      }
    }
    if (!deleted.isEmpty()) {
      LOG.warning(() -> "Orders deleted in Odoo: " + deleted);
    }
    return deleted;
  }
}
