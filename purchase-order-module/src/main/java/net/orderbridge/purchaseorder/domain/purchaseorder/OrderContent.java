package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.orderbridge.purchaseorder.domain.audit.FieldChange;

/**
 * What an order says at one moment, field by field as text, for the audit trail: {@link #changesTo}
 * compares two of them. Amounts and quantities drop trailing zeros, so {@code 5.000000} read from
 * the database and {@code 5} from a request are the same value.
 */
record OrderContent(Map<String, String> header, Map<String, Map<String, String>> lines) {
  private static final List<String> HEADER =
      List.of("supplier", "currency", "notes", "state", "locked");

  /** An order that does not exist yet: every field of a new order is a change from it. */
  static final OrderContent NONE = new OrderContent(Map.of(), Map.of());

  static OrderContent of(PurchaseOrder order) {
    Map<String, String> header = new LinkedHashMap<>();
    header.put("supplier", order.supplierId().value().toString());
    header.put("currency", order.currency().value());
    header.put("notes", order.notes().orElse(null));
    header.put("state", order.state().name());
    header.put("locked", String.valueOf(order.isLocked()));
    Map<String, Map<String, String>> lines = new LinkedHashMap<>();
    for (OrderLine line : order.lines()) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("product", line.productId().value().toString());
      values.put("description", line.description());
      values.put("quantity", plain(line.quantity().value()));
      values.put("unitPrice", plain(line.unitPrice().amount()));
      values.put("plannedDate", line.plannedDate().toString());
      lines.put(line.id().value().toString(), values);
    }
    return new OrderContent(header, lines);
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /**
   * The fields that differ from this content to {@code after}: the header first, then the lines in
   * their order (removed ones after those still there).
   */
  List<FieldChange> changesTo(OrderContent after) {
    Objects.requireNonNull(after, "after");
    List<FieldChange> changes = new ArrayList<>();
    for (String field : HEADER) {
      compare(field, header.get(field), after.header.get(field), changes);
    }
    Set<String> ids = new LinkedHashSet<>(after.lines.keySet());
    ids.addAll(lines.keySet());
    for (String id : ids) {
      Map<String, String> was = lines.getOrDefault(id, Map.of());
      Map<String, String> is = after.lines.getOrDefault(id, Map.of());
      Set<String> attributes = new LinkedHashSet<>(is.keySet());
      attributes.addAll(was.keySet());
      for (String attribute : attributes) {
        compare("lines/" + id + "/" + attribute, was.get(attribute), is.get(attribute), changes);
      }
    }
    return changes;
  }

  private static void compare(String field, String before, String after, List<FieldChange> into) {
    if (!Objects.equals(before, after)) {
      into.add(new FieldChange(field, before, after));
    }
  }
}
