package net.orderbridge.sync.odoo.purchase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A local order as it is to be in Odoo.
 *
 * @param key the order's external key in Odoo (its {@code origin})
 * @param header the {@code purchase.order} values besides the lines
 * @param hash the hash of header and lines (not of the state, which is compared with Odoo's)
 * @param state the local state name
 */
public record PlannedOrder(
    UUID orderId,
    String key,
    Map<String, Object> header,
    List<PlannedLine> lines,
    String hash,
    String state,
    boolean locked) {

  /** The values of a {@code create}: the header and every line as a {@code (0, 0, vals)}. */
  public Map<String, Object> createValues() {
    Map<String, Object> vals = new LinkedHashMap<>(header);
    List<Object> commands = new ArrayList<>();
    lines.forEach(line -> commands.add(List.of(0, 0, line.vals())));
    vals.put("order_line", commands);
    return vals;
  }

  /** Whether Odoo's order stays as {@code create} leaves it: a draft, unlocked. */
  public boolean isPlainDraft() {
    return !locked && (state.equals("DRAFT") || state.equals("SENT") || state.equals("TO_APPROVE"));
  }
}
