package net.orderbridge.sync.odoo.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooMappingException;

/**
 * The purchase-order fields this Odoo has, learnt with {@code fields_get} at the first push (Odoo
 * may be down when the server starts). Odoo 19 renamed the line's unit of measure {@code
 * product_uom} to {@code product_uom_id} and replaced the state {@code done} with a {@code locked}
 * flag. A missing field we need is a {@link OdooMappingException} that names it: no push can work
 * until the mapping is fixed.
 */
@ApplicationScoped
public class PurchaseSchema {
  public static final List<String> ORDER_FIELDS =
      List.of("partner_id", "origin", "order_line", "state", "name", "write_date", "currency_id");
  public static final List<String> LINE_FIELDS =
      List.of("product_id", "product_qty", "price_unit", "name", "date_planned");

  private final OdooClient odoo;

  @Inject
  public PurchaseSchema(OdooClient odoo) {
    this.odoo = odoo;
  }

  /** For CDI's client proxy. */
  protected PurchaseSchema() {
    this(null);
  }

  private volatile Known known;

  record Known(String lineUom, boolean hasLocked, boolean hasNote) {}

  Known known() {
    Known k = known;
    if (k == null) {
      k = discover();
      known = k;
    }
    return k;
  }

  /** {@code product_uom_id} (Odoo 19) or {@code product_uom} (16-18). */
  public String lineUomField() {
    return known().lineUom();
  }

  /** Whether orders carry Odoo 19's {@code locked} flag (else a locked order is state done). */
  public boolean hasLocked() {
    return known().hasLocked();
  }

  public boolean hasNote() {
    return known().hasNote();
  }

  private Known discover() {
    Set<String> order = odoo.fieldsGet("purchase.order", List.of("type")).keySet();
    Map<String, Map<String, Object>> lineFields =
        odoo.fieldsGet("purchase.order.line", List.of("type"));
    Set<String> line = lineFields.keySet();
    require("purchase.order", order, ORDER_FIELDS);
    require("purchase.order.line", line, LINE_FIELDS);
    String uom;
    if (line.contains("product_uom_id")) {
      uom = "product_uom_id";
    } else if (line.contains("product_uom")) {
      uom = "product_uom";
    } else {
      throw new OdooMappingException(
          null,
          "Odoo's purchase.order.line has neither product_uom_id (Odoo 19) nor product_uom"
              + " (Odoo 16-18): cannot send order lines");
    }
    return new Known(uom, order.contains("locked"), order.contains("note"));
  }

  private static void require(String model, Set<String> present, List<String> needed) {
    for (String field : needed) {
      if (!present.contains(field)) {
        throw new OdooMappingException(
            null,
            "Odoo's "
                + model
                + " has no field '"
                + field
                + "', which the push needs; fields_get"
                + " listed "
                + present.size()
                + " fields");
      }
    }
  }
}
