package net.orderbridge.sync.odoo.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.sync.instance.Installation;

/**
 * Local purchase orders as Odoo {@code purchase.order} values.
 *
 * <p>The external key is the order's number and this installation's id in {@code origin} ({@code
 * AF-PO-000001@3f9a2c1d7b}, see {@link Installation}), sent in the same {@code create} as the
 * order: an order can never exist in Odoo without its key, and a lookup by {@code origin} after an
 * unknown outcome finds it. (An {@code ir.model.data} external id would need a second call, and a
 * crash between the two would leave an order without key, which a retry would create again.)
 *
 * <p>Quantities and prices travel as XML-RPC/JSON doubles (Odoo's {@code float} fields); planned
 * dates as noon UTC of the local date, so that the date reads the same in every user's time zone
 * (Odoo refuses ISO strings with {@code T}).
 */
@ApplicationScoped
public class PurchaseOrderMapper {
  private final OdooReferences references;
  private final PurchaseSchema schema;
  private final Installation installation;

  @Inject
  public PurchaseOrderMapper(
      OdooReferences references, PurchaseSchema schema, Installation installation) {
    this.references = references;
    this.schema = schema;
    this.installation = installation;
  }

  /** For CDI's client proxy. */
  protected PurchaseOrderMapper() {
    this(null, null, null);
  }

  public PlannedOrder plan(PurchaseOrderSnapshot order) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("partner_id", references.partner(order.supplierId()));
    header.put("currency_id", references.currency(order.currency()));
    header.put("origin", key(order));
    if (schema.hasNote()) {
      header.put("note", order.notes() == null ? false : order.notes());
    }
    Map<java.util.UUID, Long> products = new LinkedHashMap<>();
    order.lines().forEach(l -> products.put(l.lineId(), references.product(l.productId())));
    Map<Long, Long> units = references.units(products.values());
    List<PlannedLine> lines = new ArrayList<>();
    for (PurchaseOrderSnapshot.Line line : order.lines()) {
      long product = products.get(line.lineId());
      Map<String, Object> vals = new LinkedHashMap<>();
      vals.put("product_id", product);
      vals.put("product_qty", line.quantity().doubleValue());
      vals.put("price_unit", line.unitPrice().doubleValue());
      vals.put(schema.lineUomField(), units.get(product));
      if (line.description() != null) {
        vals.put("name", line.description());
      }
      if (line.plannedDate() != null) {
        vals.put("date_planned", line.plannedDate() + " 12:00:00");
      }
      lines.add(new PlannedLine(line.lineId(), hash(vals), vals));
    }
    StringBuilder content = new StringBuilder(hash(header));
    lines.forEach(l -> content.append('|').append(l.lineId()).append('=').append(l.hash()));
    return new PlannedOrder(
        order.id(),
        key(order),
        header,
        lines,
        hash(content.toString()),
        order.state(),
        order.locked());
  }

  /** The order's external key in Odoo, in {@code origin}: its number and the installation. */
  String key(PurchaseOrderSnapshot order) {
    return installation.keyOf(order.number());
  }

  /** A stable hash of Odoo values: keys sorted, numbers without trailing zeros. */
  static String hash(Map<String, Object> vals) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(vals)
        .forEach((k, v) -> text.append(k).append('=').append(canonical(v)).append(';'));
    return hash(text.toString());
  }

  private static String canonical(Object value) {
    if (value instanceof Double || value instanceof BigDecimal) {
      return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  private static String hash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
