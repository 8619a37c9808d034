package net.orderbridge.sync.odoo.purchase;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One local line as it is to be in Odoo: its Odoo values and their hash.
 *
 * @param vals the {@code purchase.order.line} values to create or write
 */
public record PlannedLine(UUID lineId, String hash, Map<String, Object> vals) {

  public PlannedLine {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(hash, "hash");
    vals = Map.copyOf(vals);
  }

  /** The Odoo product id this line orders, or null when the values name none. */
  public Long productId() {
    return vals.get("product_id") instanceof Number p ? p.longValue() : null;
  }

  /** The quantity it orders, or null when the values name none. */
  public BigDecimal quantity() {
    return vals.get("product_qty") instanceof Number q ? new BigDecimal(q.toString()) : null;
  }
}
