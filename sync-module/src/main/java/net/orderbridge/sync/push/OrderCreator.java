package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBindings;
import net.orderbridge.sync.odoo.ErrorType;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository.Current;
import net.orderbridge.sync.odoo.purchase.PlannedLine;
import net.orderbridge.sync.odoo.purchase.PlannedOrder;
import net.orderbridge.sync.push.OrderExporter.Exported;

/**
 * Creates orders Odoo does not have yet, many in one {@code create([vals, ...])} call, each with
 * its lines as {@code (0, 0, vals)} commands.
 *
 * <p>Odoo has no idempotency key, so before the first create of an order its key is recorded
 * locally, in a transaction of its own. On every later attempt the key is already there, and the
 * order is looked up in Odoo by its key first: one found is adopted, not created again. This covers
 * every unknown outcome (timeout, 502/504, reset, a lost answer, a crash of this server between the
 * create and the binding) without a lookup for orders that were never sent. A delete uses the
 * recorded key to find an order whose create outcome was never learnt.
 *
 * <p>A create is one Odoo transaction: when Odoo refuses it for a business or permanent reason, the
 * orders are created one by one so that only the culprit fails; not when it refused our
 * credentials, which no order can be the culprit of.
 */
@ApplicationScoped
public class OrderCreator {
  private final OdooPurchaseOrderRepository orders;
  private final OrderBindings bindings;
  private final OrderUpdater updater;

  @Inject
  public OrderCreator(
      OdooPurchaseOrderRepository orders, OrderBindings bindings, OrderUpdater updater) {
    this.orders = orders;
    this.bindings = bindings;
    this.updater = updater;
  }

  /** For CDI's client proxy. */
  protected OrderCreator() {
    this(null, null, null);
  }

  List<Exported> createAll(List<PlannedOrder> plans) {
    if (plans.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> keys = new HashMap<>();
    plans.forEach(p -> keys.put(p.orderId(), p.key()));
    Set<UUID> neverSent = bindings.reserveAll(keys);
    List<String> attempted =
        plans.stream()
            .filter(p -> !neverSent.contains(p.orderId()))
            .map(PlannedOrder::key)
            .toList();
    Map<String, Long> existing = attempted.isEmpty() ? Map.of() : orders.findByKeys(attempted);
    List<Exported> results = new ArrayList<>();
    List<PlannedOrder> fresh = new ArrayList<>();
    for (PlannedOrder plan : plans) {
      Long found = existing.get(plan.key());
      if (found == null) {
        fresh.add(plan);
      } else {
        results.add(guarded(plan.orderId(), () -> adopt(plan, found)));
      }
    }
    results.addAll(create(fresh));
    return results;
  }

  private OrderBinding adopt(PlannedOrder plan, long odooId) {
    OrderBinding found =
        new OrderBinding(
            plan.orderId(), plan.key(), odooId, null, null, null, null, false, null, Map.of());
    Current now =
        orders
            .read(odooId)
            .orElseThrow(() -> new IllegalStateException("Odoo order " + odooId + " vanished"));
    return updater.update(plan, found, true, now);
  }

  private List<Exported> create(List<PlannedOrder> plans) {
    if (plans.isEmpty()) {
      return List.of();
    }
    List<Long> ids;
    try {
      ids = orders.create(plans);
    } catch (OdooException refused) {
      if (refused.errorType() != ErrorType.TRANSIENT
          && !(refused instanceof OdooAuthenticationException)
          && plans.size() > 1) {
        List<Exported> oneByOne = new ArrayList<>();
        plans.forEach(p -> oneByOne.addAll(create(List.of(p))));
        return oneByOne;
      }
      return plans.stream().map(p -> Exported.failed(p.orderId(), refused)).toList();
    } catch (RuntimeException failed) {
      return plans.stream().map(p -> Exported.failed(p.orderId(), failed)).toList();
    }
    return bind(plans, ids);
  }

  /** Binds the created orders from one read; presses the state buttons of the non-drafts. */
  private List<Exported> bind(List<PlannedOrder> plans, List<Long> ids) {
    Map<Long, Current> created = new HashMap<>();
    List<Exported> results = new ArrayList<>();
    try {
      orders.read(ids).forEach(c -> created.put(c.id(), c));
    } catch (RuntimeException unread) {
      // created but not bound: the next attempt finds them by key
      plans.forEach(p -> results.add(Exported.failed(p.orderId(), unread)));
      return results;
    }
    for (int i = 0; i < plans.size(); i++) {
      PlannedOrder plan = plans.get(i);
      Current odooOrder = created.get(ids.get(i));
      results.add(guarded(plan.orderId(), () -> bindCreated(plan, odooOrder)));
    }
    return results;
  }

  private OrderBinding bindCreated(PlannedOrder plan, Current odooOrder) {
    if (odooOrder == null || odooOrder.lineIds().size() != plan.lines().size()) {
      throw new IllegalStateException("Odoo does not read back the order just created");
    }
    Map<UUID, OrderBinding.LineBinding> lines = new HashMap<>();
    for (int i = 0; i < plan.lines().size(); i++) {
      PlannedLine line = plan.lines().get(i);
      lines.put(
          line.lineId(), new OrderBinding.LineBinding(odooOrder.lineIds().get(i), line.hash()));
    }
    OrderBinding binding = OrderUpdater.bindingOf(plan, odooOrder, lines);
    return plan.isPlainDraft() ? binding : updater.update(plan, binding, false, odooOrder);
  }

  static Exported guarded(UUID orderId, java.util.function.Supplier<OrderBinding> step) {
    try {
      return Exported.synced(orderId, step.get());
    } catch (RuntimeException failed) {
      return Exported.failed(orderId, failed);
    }
  }
}
