package net.orderbridge.sync.conflict;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.sync.odoo.purchase.OrderStates;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;

/**
 * Both sides of an order as {@link SyncedFields}, in one canonical form: Odoo's state names, {@code
 * true}/{@code false}, decimals without trailing zeros, ISO dates, Odoo product ids (as the push
 * maps them), and lines keyed by our line id ({@code new:<odoo line id>} for a line only Odoo has).
 */
public final class OrderFields {
  public static final String NEW = "new:";

  private OrderFields() {}

  public static SyncedFields local(
      PurchaseOrderSnapshot order, Function<UUID, Long> odooProductOf) {
    Map<String, String> values = new TreeMap<>();
    values.put("state", OrderStates.odoo(order.state()));
    values.put("locked", String.valueOf(order.locked()));
    putNotes(values, order.notes());
    for (PurchaseOrderSnapshot.Line line : order.lines()) {
      String at = "lines/" + line.lineId() + "/";
      values.put(at + "product", String.valueOf(odooProductOf.apply(line.productId())));
      values.put(at + "quantity", decimal(line.quantity()));
      values.put(at + "unitPrice", decimal(line.unitPrice()));
      if (line.plannedDate() != null) {
        values.put(at + "plannedDate", line.plannedDate().toString());
      }
    }
    return new SyncedFields(values);
  }

  /**
   * @param lineOf our line id of a bound Odoo line, or null
   */
  public static SyncedFields remote(RemoteOrder order, LongFunction<UUID> lineOf) {
    Map<String, String> values = new TreeMap<>();
    values.put("state", order.state());
    values.put("locked", String.valueOf(order.locked()));
    putNotes(values, order.notes());
    for (RemoteOrder.Line line : order.lines()) {
      UUID local = lineOf.apply(line.odooLineId());
      String at = "lines/" + (local == null ? NEW + line.odooLineId() : local.toString()) + "/";
      values.put(at + "product", String.valueOf(line.productId()));
      values.put(at + "quantity", decimal(line.quantity()));
      values.put(at + "unitPrice", decimal(line.unitPrice()));
      if (line.plannedDate() != null) {
        values.put(at + "plannedDate", line.plannedDate().toString());
      }
    }
    return new SyncedFields(values);
  }

  /** {@code lines/<key>/} of a line field's path {@code lines/<key>/<field>}. */
  public static String linePrefix(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** Renames {@code new:<odoo line id>} keys to the local line ids they got. */
  public static SyncedFields rekeyed(SyncedFields fields, Map<Long, UUID> newLines) {
    Map<String, String> values = new TreeMap<>();
    fields
        .values()
        .forEach(
            (path, value) -> {
              String renamed = path;
              for (Map.Entry<Long, UUID> e : newLines.entrySet()) {
                String from = "lines/" + NEW + e.getKey() + "/";
                if (path.startsWith(from)) {
                  renamed = "lines/" + e.getValue() + "/" + path.substring(from.length());
                }
              }
              values.put(renamed, value);
            });
    return new SyncedFields(values);
  }

  static String decimal(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  private static void putNotes(Map<String, String> values, String notes) {
    if (notes != null && !notes.isBlank()) {
      values.put("notes", notes);
    }
  }
}
