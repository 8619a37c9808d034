package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository.Current;
import net.orderbridge.sync.odoo.purchase.PlannedOrder;
import net.orderbridge.sync.odoo.purchase.PurchaseOrderMapper;

/**
 * The push to Odoo: deleted orders are removed, bound ones updated one by one, new ones created
 * together.
 *
 * <p>All bound orders of a batch are read in one call before any is written. That read serves two
 * ends: the updater starts from what Odoo has now, and an order whose {@code write_date} moved
 * since its binding (an Odoo edit the pull has not applied yet) is not written at all but reported
 * as {@link Exported#changedInOdoo()}: writing it would overwrite that edit unseen.
 */
@ApplicationScoped
public class OdooOrderExporter implements OrderExporter {
  private final PurchaseOrderMapper mapper;
  private final OrderCreator creator;
  private final OrderUpdater updater;
  private final OrderRemover remover;
  private final OdooPurchaseOrderRepository orders;

  @Inject
  public OdooOrderExporter(
      PurchaseOrderMapper mapper,
      OrderCreator creator,
      OrderUpdater updater,
      OrderRemover remover,
      OdooPurchaseOrderRepository orders) {
    this.mapper = mapper;
    this.creator = creator;
    this.updater = updater;
    this.remover = remover;
    this.orders = orders;
  }

  /** For CDI's client proxy. */
  protected OdooOrderExporter() {
    this(null, null, null, null, null);
  }

  @Override
  public List<Exported> export(List<OrderToExport> work) {
    List<Exported> results = new ArrayList<>();
    List<PlannedOrder> creates = new ArrayList<>();
    List<Update> updates = new ArrayList<>();
    for (OrderToExport order : work) {
      try {
        if (order.order().isEmpty()) {
          results.add(
              remover
                  .remove(order.binding())
                  .map(writeDate -> Exported.deletionMetOdooEdit(order.orderId(), writeDate))
                  .orElseGet(() -> Exported.synced(order.orderId(), null)));
          continue;
        }
        PlannedOrder plan = mapper.plan(order.order().get());
        if (order.binding().isPresent() && order.binding().get().isBound()) {
          updates.add(new Update(plan, order.binding().get()));
        } else {
          creates.add(plan);
        }
      } catch (RuntimeException failed) {
        results.add(Exported.failed(order.orderId(), failed));
      }
    }
    results.addAll(update(updates));
    try {
      results.addAll(creator.createAll(creates));
    } catch (RuntimeException failed) {
      creates.forEach(plan -> results.add(Exported.failed(plan.orderId(), failed)));
    }
    return results;
  }

  private record Update(PlannedOrder plan, OrderBinding binding) {}

  private List<Exported> update(List<Update> updates) {
    if (updates.isEmpty()) {
      return List.of();
    }
    Map<Long, Current> now = new HashMap<>();
    try {
      orders
          .read(updates.stream().map(u -> u.binding().odooId()).toList())
          .forEach(c -> now.put(c.id(), c));
    } catch (RuntimeException unread) {
      return updates.stream().map(u -> Exported.failed(u.plan().orderId(), unread)).toList();
    }
    List<Exported> results = new ArrayList<>();
    for (Update u : updates) {
      Current current = now.get(u.binding().odooId());
      if (current == null) {
        results.add(Exported.failed(u.plan().orderId(), gone(u.binding())));
      } else if (u.binding().changedInOdooSince(current.writeDate())) {
        results.add(Exported.changedInOdoo(u.plan().orderId()));
      } else {
        results.add(
            OrderCreator.guarded(
                u.plan().orderId(), () -> updater.update(u.plan(), u.binding(), false, current)));
      }
    }
    return results;
  }

  private static OdooRecordMissingException gone(OrderBinding binding) {
    return new OdooRecordMissingException(
        null,
        "Odoo purchase.order " + binding.odooId() + " (" + binding.odooName() + ") is gone",
        OdooPurchaseOrderRepository.MODEL);
  }
}
