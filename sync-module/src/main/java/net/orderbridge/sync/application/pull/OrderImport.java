package net.orderbridge.sync.application.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.ImportedOrder;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.RemoteLine;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.sync.domain.binding.OrderBinding;
import net.orderbridge.sync.domain.binding.OrderBinding.LineBinding;
import net.orderbridge.sync.domain.binding.OrderBindings;

/**
 * Orders made in Odoo (no binding, {@code origin} not one of our keys) become local orders with a
 * binding, as {@code sync.import.mode} allows. Runs inside {@link PullOneOrder}'s transaction.
 */
@ApplicationScoped
public class OrderImport {
  @Inject PullState state;
  @Inject PullSettings settings;
  @Inject Catalogue catalogue;
  @Inject RemoteOrderChanges orders;
  @Inject PurchaseOrderReader reader;
  @Inject OrderBindings bindings;
  @Inject PullMetrics metrics;
  @Inject Clock clock;

  PullOneOrder.Outcome importIfNew(RemoteOrder remote) {
    PullSettings.ImportMode mode = settings.importMode();
    if (mode == PullSettings.ImportMode.NONE
        || remote.partnerId() == null
        || remote.currency() == null
        || (remote.origin() != null && state.isOurKey(remote.origin()))) {
      return PullOneOrder.Outcome.SKIPPED;
    }
    Optional<SupplierId> supplier = supplier(remote.partnerId(), mode);
    if (supplier.isEmpty()) {
      return PullOneOrder.Outcome.SKIPPED;
    }
    List<RemoteLine> lines =
        remote.lines().stream()
            .map(
                l ->
                    new RemoteLine(
                        null,
                        catalogue.productByOdooId(l.productId()).orElseThrow().value(),
                        l.description(),
                        l.quantity(),
                        l.unitPrice(),
                        l.plannedDate() == null ? LocalDate.now() : l.plannedDate()))
            .toList();
    UUID orderId =
        orders.importOrder(
            new ImportedOrder(
                remote.odooId(),
                supplier.get().value(),
                remote.currency(),
                remote.notes(),
                remote.state(),
                remote.locked(),
                lines));
    state.settleOwnEcho(orderId);
    PurchaseOrderSnapshot local = reader.find(orderId).orElseThrow();
    Map<UUID, LineBinding> bound = new HashMap<>();
    List<RemoteOrder.Line> left = new java.util.ArrayList<>(remote.lines());
    for (PurchaseOrderSnapshot.Line line : local.lines()) {
      for (RemoteOrder.Line odoo : left) {
        if (odoo.quantity().compareTo(line.quantity()) == 0
            && catalogue
                .odooIdOf(new net.orderbridge.shared.domain.ProductId(line.productId()))
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
    state.storeSnapshot(
        orderId,
        OrderFields.local(
            local,
            p -> catalogue.odooIdOf(new net.orderbridge.shared.domain.ProductId(p)).orElse(0L)),
        remote.writeDate());
    metrics.imported();
    return PullOneOrder.Outcome.IMPORTED;
  }

  private Optional<SupplierId> supplier(long partnerId, PullSettings.ImportMode mode) {
    try {
      return catalogue.supplierByOdooId(partnerId);
    } catch (RuntimeException unknown) {
      if (mode == PullSettings.ImportMode.KNOWN_SUPPLIERS) {
        return Optional.empty();
      }
      throw unknown;
    }
  }
}
