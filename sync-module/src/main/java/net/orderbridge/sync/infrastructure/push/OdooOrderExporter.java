package net.orderbridge.sync.infrastructure.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import net.orderbridge.sync.application.push.OrderExporter;

/**
 * The push to Odoo: deleted orders are removed, bound ones updated one by one, new ones created
 * together.
 */
@ApplicationScoped
public class OdooOrderExporter implements OrderExporter {
  @Inject PurchaseOrderMapper mapper;
  @Inject OrderCreator creator;
  @Inject OrderUpdater updater;
  @Inject OrderRemover remover;

  @Override
  public List<Exported> export(List<OrderToExport> work) {
    List<Exported> results = new ArrayList<>();
    List<PlannedOrder> creates = new ArrayList<>();
    for (OrderToExport order : work) {
      try {
        if (order.order().isEmpty()) {
          remover.remove(order.binding());
          results.add(Exported.synced(order.orderId(), null));
          continue;
        }
        PlannedOrder plan = mapper.plan(order.order().get());
        if (order.binding().isPresent() && order.binding().get().isBound()) {
          results.add(
              OrderCreator.guarded(
                  order.orderId(), () -> updater.update(plan, order.binding().get(), false)));
        } else {
          creates.add(plan);
        }
      } catch (RuntimeException failed) {
        results.add(Exported.failed(order.orderId(), failed));
      }
    }
    try {
      results.addAll(creator.createAll(creates));
    } catch (RuntimeException failed) {
      creates.forEach(plan -> results.add(Exported.failed(plan.orderId(), failed)));
    }
    return results;
  }
}
