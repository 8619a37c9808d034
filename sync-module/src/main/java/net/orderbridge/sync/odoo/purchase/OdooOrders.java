package net.orderbridge.sync.odoo.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooRecord;

/**
 * Reading purchase orders back from Odoo after a write, in the shape a binding needs. Odoo 16-18
 * have no {@code locked} flag and call a locked order {@code done}; {@link Current} says {@code
 * purchase} + locked for both.
 */
@ApplicationScoped
public class OdooOrders {
  public static final String MODEL = "purchase.order";

  private final OdooClient odoo;
  private final PurchaseSchema schema;

  @Inject
  public OdooOrders(OdooClient odoo, PurchaseSchema schema) {
    this.odoo = odoo;
    this.schema = schema;
  }

  /** For CDI's client proxy. */
  protected OdooOrders() {
    this(null, null);
  }

  /** An Odoo order as the push sees it; {@code lineIds} ascending. */
  public record Current(
      long id, String name, String state, boolean locked, List<Long> lineIds, OdooRecord record) {

    public java.time.Instant writeDate() {
      return record.instant("write_date");
    }
  }

  public List<Current> read(List<Long> ids) {
    List<String> fields = new ArrayList<>(List.of("name", "state", "order_line", "write_date"));
    if (schema.hasLocked()) {
      fields.add("locked");
    }
    return odoo.read(MODEL, ids, fields, null).stream()
        .map(OdooRecord::new)
        .map(OdooOrders::current)
        .toList();
  }

  public Optional<Current> read(long id) {
    return read(List.of(id)).stream().findFirst();
  }

  /** Odoo order ids by external key ({@code origin}); the lowest id when a key is taken twice. */
  public Map<String, Long> findByKeys(List<String> keys) {
    Map<String, Long> found = new java.util.HashMap<>();
    for (Map<String, Object> values :
        odoo.searchRead(
            MODEL,
            List.of(List.of("origin", "in", keys)),
            List.of("origin"),
            0,
            null,
            "id",
            null)) {
      OdooRecord order = new OdooRecord(values);
      found.putIfAbsent(order.text("origin"), order.id());
    }
    return found;
  }

  public void press(String button, List<Long> ids) {
    odoo.call(MODEL, button, ids, null);
  }

  private static Current current(OdooRecord order) {
    String state = order.text("state");
    boolean locked = order.bool("locked");
    if ("done".equals(state)) {
      state = "purchase";
      locked = true;
    }
    List<Long> lines = new ArrayList<>(order.ids("order_line"));
    lines.sort(null);
    return new Current(order.id(), order.text("name"), state, locked, lines, order);
  }
}
