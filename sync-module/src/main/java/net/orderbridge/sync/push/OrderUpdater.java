package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBinding.LineBinding;
import net.orderbridge.sync.odoo.purchase.LineDiff;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository.Current;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository.OdooLine;
import net.orderbridge.sync.odoo.purchase.PlannedLine;
import net.orderbridge.sync.odoo.purchase.PlannedOrder;
import net.orderbridge.sync.odoo.purchase.StateTransitions;
import net.orderbridge.sync.odoo.purchase.SyncedLine;

/**
 * Brings one bound Odoo order in line with the local order: from the order as Odoo has it (read by
 * the caller), makes it editable, writes header and line commands, presses the state buttons, reads
 * it back for the binding.
 *
 * <p>Every step is safe to repeat after an unknown outcome. Buttons follow from the state Odoo
 * reports now. Lines Odoo has but the binding lacks (a write whose answer was lost created them)
 * are adopted when product and quantity match a local line we would otherwise add again; when the
 * order was only just found by its key, the remaining unknown lines are ours from an older create
 * and are removed. Otherwise unknown lines belong to an Odoo user and are left for the pull.
 *
 * <p>That makes a repeat after a released claim harmless too (a crashed instance's claim, see
 * {@code OwnClaims}): a header write sends absolute values, line commands address the line ids Odoo
 * reports now, lines added by a lost write are adopted, and a button is pressed only when Odoo's
 * state still calls for it. Odoo edits made meanwhile are merged first by the caller ({@link
 * OdooOrderExporter}), because our repeated write would otherwise overwrite them.
 */
@ApplicationScoped
public class OrderUpdater {
  private static final Logger LOG = Logger.getLogger(OrderUpdater.class.getName());
  private static final String ADOPTED = "adopted";

  private final OdooPurchaseOrderRepository orders;

  @Inject
  public OrderUpdater(OdooPurchaseOrderRepository orders) {
    this.orders = orders;
  }

  /** For CDI's client proxy. */
  protected OrderUpdater() {
    this(null);
  }

  /**
   * @param now the order as Odoo has it, read just before (in one call for a whole batch)
   */
  OrderBinding update(PlannedOrder plan, OrderBinding binding, boolean foundByKey, Current now) {
    long id = binding.odooId();
    Set<Long> inOdoo = new HashSet<>(now.lineIds());
    Map<java.util.UUID, LineBinding> bound = new HashMap<>();
    binding
        .lines()
        .forEach(
            (line, b) -> {
              if (inOdoo.contains(b.odooLineId())) {
                bound.put(line, b);
              }
            });
    List<Long> unknown = new ArrayList<>(inOdoo);
    bound.values().forEach(b -> unknown.remove(b.odooLineId()));
    List<Long> removed = adopt(plan, bound, unknown, foundByKey);
    LineDiff diff = LineDiff.between(plan.lines(), synced(bound), inOdoo);
    boolean write = !diff.isEmpty() || !removed.isEmpty() || !plan.hash().equals(binding.hash());
    StateTransitions buttons =
        StateTransitions.plan(now.state(), now.locked(), plan.state(), plan.locked(), write);
    orders.press(buttons.beforeWrite(), id);
    if (write) {
      orders.write(id, plan, diff, removed);
    }
    orders.press(buttons.afterWrite(), id);
    Current after = write || !buttons.isEmpty() ? orders.read(id).orElseThrow() : now;
    Map<java.util.UUID, LineBinding> lines = new HashMap<>();
    diff.kept()
        .forEach(
            (line, odooLine) -> lines.put(line, new LineBinding(odooLine, hashOf(plan, line))));
    List<Long> created = new ArrayList<>(after.lineIds());
    created.removeAll(inOdoo);
    if (created.size() != diff.added().size()) {
      throw new IllegalStateException(
          "Odoo order " + id + " got " + created.size() + " new lines for " + diff.added().size());
    }
    for (int i = 0; i < created.size(); i++) {
      PlannedLine line = diff.added().get(i);
      lines.put(line.lineId(), new LineBinding(created.get(i), line.hash()));
    }
    return bindingOf(plan, after, lines);
  }

  /**
   * Binds unknown Odoo lines that match a local line without binding (same product and quantity);
   * returns the rest, to be removed, when the order was found by its key.
   */
  private List<Long> adopt(
      PlannedOrder plan, Map<java.util.UUID, LineBinding> bound, List<Long> unknown, boolean ours) {
    if (unknown.isEmpty()) {
      return List.of();
    }
    List<PlannedLine> unbound =
        new ArrayList<>(plan.lines().stream().filter(l -> !bound.containsKey(l.lineId())).toList());
    List<Long> removals = new ArrayList<>();
    for (OdooLine line : orders.lines(unknown)) {
      PlannedLine match = unbound.stream().filter(l -> matches(l, line)).findFirst().orElse(null);
      if (match != null) {
        unbound.remove(match);
        bound.put(match.lineId(), new LineBinding(line.id(), ADOPTED));
      } else if (ours) {
        removals.add(line.id());
      } else {
        LOG.info(() -> "Odoo line " + line.id() + " of " + plan.key() + " is not ours; kept");
      }
    }
    return removals;
  }

  private static boolean matches(PlannedLine local, OdooLine odooLine) {
    return local.productId() != null
        && local.quantity() != null
        && local.productId().equals(odooLine.productId())
        && odooLine.quantity() != null
        && local.quantity().compareTo(odooLine.quantity()) == 0;
  }

  private static String hashOf(PlannedOrder plan, java.util.UUID line) {
    return plan.lines().stream()
        .filter(l -> l.lineId().equals(line))
        .findFirst()
        .map(PlannedLine::hash)
        .orElseThrow();
  }

  static OrderBinding bindingOf(
      PlannedOrder plan, Current odoo, Map<java.util.UUID, LineBinding> lines) {
    return new OrderBinding(
        plan.orderId(),
        plan.key(),
        odoo.id(),
        odoo.name(),
        odoo.writeDate(),
        plan.hash(),
        odoo.state(),
        odoo.locked(),
        Instant.now(),
        lines);
  }

  private static Map<java.util.UUID, SyncedLine> synced(Map<java.util.UUID, LineBinding> bound) {
    Map<java.util.UUID, SyncedLine> synced = new HashMap<>();
    bound.forEach((line, b) -> synced.put(line, new SyncedLine(b.odooLineId(), b.hash())));
    return synced;
  }
}
