package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.error.ApplicationProblem;

/**
 * Works out an order's new lines from the specs of a revision: restates the lines a spec names by
 * id (keeping their ids, which the sync-module binds to Odoo line ids), adds the others, drops the
 * rest.
 *
 * <p>On a confirmed order Odoo refuses to delete a line ("Cannot delete a purchase order line which
 * is in state Purchase Order") and keeps a line's product read-only, so a revision may not do
 * either there.
 */
final class LineRevision {

  private final Map<OrderLineId, OrderLine> current;
  private final boolean confirmed;

  LineRevision(List<OrderLine> currentLines, PurchaseOrderState state) {
    this.current =
        currentLines.stream().collect(Collectors.toMap(OrderLine::id, Function.identity()));
    this.confirmed = !state.isBeforeConfirmation();
  }

  /** Checks every spec, then returns the revised lines in the order of the specs. */
  List<OrderLine> apply(List<OrderLineSpec> specs, CurrencyCode currency) {
    Set<OrderLineId> kept = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      OrderLineSpec spec = specs.get(i);
      spec.checkFor(currency, i);
      if (spec.lineId() != null) {
        checkRestatable(spec, i, kept);
      }
    }
    if (confirmed && !kept.containsAll(current.keySet())) {
      throw ApplicationProblem.conflict("the lines of a confirmed order cannot be removed");
    }
    List<OrderLine> revised = new ArrayList<>(specs.size());
    for (OrderLineSpec spec : specs) {
      revised.add(spec.existingLine().map(id -> restated(id, spec)).orElseGet(() -> added(spec)));
    }
    return revised;
  }

  private void checkRestatable(OrderLineSpec spec, int index, Set<OrderLineId> kept) {
    String field = "lines[" + index + "].lineId";
    OrderLine line = current.get(spec.lineId());
    if (line == null) {
      throw ApplicationProblem.invalid(field, "the order has no line " + spec.lineId());
    }
    if (!kept.add(spec.lineId())) {
      throw ApplicationProblem.invalid(field, "line " + spec.lineId() + " is given twice");
    }
    if (confirmed && !line.productId().equals(spec.productId())) {
      throw ApplicationProblem.conflict(
          "the product of a line of a confirmed order cannot change (line " + index + ")");
    }
  }

  private OrderLine restated(OrderLineId id, OrderLineSpec spec) {
    OrderLine line = current.get(id);
    line.restate(spec);
    return line;
  }

  private static OrderLine added(OrderLineSpec spec) {
    return new OrderLine(OrderLineId.random(), spec);
  }
}
