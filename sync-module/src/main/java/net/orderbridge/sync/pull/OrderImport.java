package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.ImportedOrder;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.RemoteLine;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBinding.LineBinding;
import net.orderbridge.sync.binding.OrderBindings;
import net.orderbridge.sync.conflict.MergeBases;
import net.orderbridge.sync.conflict.OrderFields;
import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.odoo.purchase.OrderStates;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import net.orderbridge.sync.outcome.SyncOutcome;

/**
 * Orders made in Odoo (no binding, {@code origin} not one of our keys) become local orders with a
 * binding, as {@code sync.pull.import} allows (see {@link ImportMode}). Runs inside {@link
 * PullOneOrder}'s transaction.
 *
 * <p>An order with a line whose product the catalogue does not know (even after asking Odoo) is
 * left out as {@code unknown-product}, its Odoo product id in the log, rather than failing: a
 * failure would be parked and retried, and could never come out otherwise until the order changes.
 *
 * <p>An order left out is remembered with its version and the mode ({@link PulledVersions}) and
 * counted once in {@code sync_pull_import_skipped_total{reason}}; the polls that read it again
 * within the overlap window pass it by. It is judged afresh when it changes in Odoo (a new {@code
 * write_date}, or a different content in the same second), when the mode changes while the poll
 * still reads it, or when an operator pulls it ({@code POST /api/sync/pull/{odooId}}). A supplier
 * that becomes known does not by itself bring in the orders left out before: their next change
 * does.
 */
@ApplicationScoped
public class OrderImport {
  private static final Logger LOG = Logger.getLogger(OrderImport.class.getName());

  private final BoundOrders boundOrders;
  private final MergeBases bases;
  private final PullSettings settings;
  private final Catalogue catalogue;
  private final RemoteOrderChanges orders;
  private final PurchaseOrderReader reader;
  private final OrderBindings bindings;
  private final PulledVersions versions;
  private final PullMetrics metrics;
  private final Clock clock;
  private final Event<SyncOutcome> outcomes;

  @Inject
  public OrderImport(
      BoundOrders boundOrders,
      MergeBases bases,
      PullSettings settings,
      Catalogue catalogue,
      RemoteOrderChanges orders,
      PurchaseOrderReader reader,
      OrderBindings bindings,
      PulledVersions versions,
      PullMetrics metrics,
      Clock clock,
      Event<SyncOutcome> outcomes) {
    this.boundOrders = boundOrders;
    this.bases = bases;
    this.settings = settings;
    this.catalogue = catalogue;
    this.orders = orders;
    this.reader = reader;
    this.bindings = bindings;
    this.versions = versions;
    this.metrics = metrics;
    this.clock = clock;
    this.outcomes = outcomes;
  }

  /** For CDI's client proxy. */
  protected OrderImport() {
    this(null, null, null, null, null, null, null, null, null, null, null);
  }

  PullOneOrder.Outcome importIfNew(RemoteOrder remote) {
    if (remote.origin() != null && boundOrders.isOurKey(remote.origin())) {
      return PullOneOrder.Outcome.SKIPPED; // ours, pushed but not bound yet: the push binds it
    }
    ImportMode mode = settings.importMode();
    Optional<SupplierId> supplier = Optional.empty();
    PulledVersions.SkipReason reason = null;
    if (mode == ImportMode.NONE) {
      reason = PulledVersions.SkipReason.MODE_NONE;
    } else if (remote.partnerId() == null || remote.currency() == null) {
      reason = PulledVersions.SkipReason.INCOMPLETE;
    } else {
      supplier =
          mode == ImportMode.KNOWN_SUPPLIERS
              ? catalogue.knownSupplierByOdooId(remote.partnerId())
              : catalogue.supplierByOdooId(remote.partnerId());
      reason = supplier.isEmpty() ? PulledVersions.SkipReason.UNKNOWN_SUPPLIER : null;
    }
    Map<Long, ProductId> products = new HashMap<>();
    Long unknownProduct = null;
    if (reason == null) {
      for (RemoteOrder.Line l : remote.lines()) {
        Optional<ProductId> product = catalogue.productByOdooId(l.productId());
        if (product.isEmpty()) {
          unknownProduct = l.productId();
          reason = PulledVersions.SkipReason.UNKNOWN_PRODUCT;
          break;
        }
        products.put(l.productId(), product.get());
      }
    }
    if (reason != null) {
      versions.remember(PulledVersions.Version.leftOut(remote, reason, mode));
      metrics.importSkipped(reason);
      String why =
          unknownProduct == null
              ? reason.tag()
              : reason.tag()
                  + ": Odoo "
                  + OdooModels.PRODUCT
                  + " "
                  + unknownProduct
                  + " is not in the catalogue";
      LOG.log(
          unknownProduct == null ? Level.FINE : Level.INFO,
          () ->
              "Not importing Odoo "
                  + OdooModels.PURCHASE_ORDER
                  + " "
                  + remote.odooId()
                  + ": "
                  + why);
      return PullOneOrder.Outcome.SKIPPED;
    }
    LocalDate today = LocalDate.now(clock);
    List<RemoteLine> lines =
        remote.lines().stream()
            .map(
                l ->
                    new RemoteLine(
                        null,
                        products.get(l.productId()).value(),
                        l.description(),
                        l.quantity(),
                        l.unitPrice(),
                        l.plannedDate() == null ? today : l.plannedDate()))
            .toList();
    UUID orderId =
        orders.importOrder(
            new ImportedOrder(
                remote.odooId(),
                supplier.get().value(),
                remote.currency(),
                remote.notes(),
                OrderStates.local(remote.state()),
                remote.locked(),
                lines));
    PurchaseOrderSnapshot local = reader.find(orderId).orElseThrow();
    Map<UUID, LineBinding> bound = new HashMap<>();
    List<RemoteOrder.Line> left = new java.util.ArrayList<>(remote.lines());
    for (PurchaseOrderSnapshot.Line line : local.lines()) {
      for (RemoteOrder.Line odoo : left) {
        if (odoo.quantity().compareTo(line.quantity()) == 0
            && catalogue
                .odooIdOf(new ProductId(line.productId()))
                .map(p -> p == odoo.productId())
                .orElse(false)) {
          bound.put(line.lineId(), new LineBinding(odoo.odooLineId(), PullOneOrder.PULLED));
          left.remove(odoo);
          break;
        }
      }
    }
    bindings.store(
        new OrderBinding(
            orderId,
            local.number(),
            remote.odooId(),
            remote.name(),
            remote.writeDate(),
            null,
            remote.state(),
            remote.locked(),
            clock.instant(),
            bound));
    bases.storeSnapshot(
        orderId,
        OrderFields.local(local, p -> catalogue.odooIdOf(new ProductId(p)).orElse(0L)),
        remote.writeDate());
    versions.remember(PulledVersions.Version.judged(remote, PullOneOrder.Outcome.IMPORTED));
    metrics.imported();
    PullLog.imported(orderId, remote.odooId());
    outcomes.fire(
        new SyncOutcome(
            orderId,
            SyncOutcome.Kind.PULLED,
            remote.odooId(),
            remote.name(),
            "imported from Odoo",
            clock.instant()));
    return PullOneOrder.Outcome.IMPORTED;
  }
}
