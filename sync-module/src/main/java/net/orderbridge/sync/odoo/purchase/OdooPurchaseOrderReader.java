package net.orderbridge.sync.odoo.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooRecord;

/**
 * {@link OdooPurchaseOrders} over {@code search_read}: orders with {@code active_test=False} (an
 * archived order still changed), then all their lines in one {@code read}. Odoo 16-18 have no
 * {@code locked}: their {@code done} reads as {@code purchase} + locked.
 */
@ApplicationScoped
public class OdooPurchaseOrderReader implements OdooPurchaseOrders {
  private static final String MODEL = "purchase.order";
  private static final Map<String, Object> ALL = Map.of("active_test", false);

  private final OdooClient odoo;
  private final PurchaseSchema schema;

  @Inject
  public OdooPurchaseOrderReader(OdooClient odoo, PurchaseSchema schema) {
    this.odoo = odoo;
    this.schema = schema;
  }

  /** For CDI's client proxy. */
  protected OdooPurchaseOrderReader() {
    this(null, null);
  }

  @Override
  public List<RemoteOrder> findOrdersModifiedSince(
      Instant since, Instant afterWriteDate, long afterId, int limit) {
    List<Object> domain = new ArrayList<>();
    domain.add(List.of("write_date", ">=", OdooRecord.formatDatetime(since)));
    if (afterWriteDate != null) {
      String after = OdooRecord.formatDatetime(afterWriteDate);
      domain.add("|");
      domain.add(List.of("write_date", ">", after));
      domain.add("&");
      domain.add(List.of("write_date", "=", after));
      domain.add(List.of("id", ">", afterId));
    }
    return orders(
        odoo.searchRead(MODEL, domain, fields(), 0, limit, "write_date asc, id asc", ALL));
  }

  @Override
  public Optional<RemoteOrder> find(long odooId) {
    return find(List.of(odooId)).stream().findFirst();
  }

  @Override
  public List<RemoteOrder> find(List<Long> odooIds) {
    return odooIds.isEmpty() ? List.of() : orders(odoo.read(MODEL, odooIds, fields(), ALL));
  }

  private List<String> fields() {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "name",
                "origin",
                "state",
                "write_date",
                "partner_id",
                "currency_id",
                "order_line"));
    if (schema.hasLocked()) {
      fields.add("locked");
    }
    if (schema.hasNote()) {
      fields.add("note");
    }
    return fields;
  }

  private List<RemoteOrder> orders(List<Map<String, Object>> found) {
    List<OdooRecord> records = found.stream().map(OdooRecord::new).toList();
    List<Long> lineIds = new ArrayList<>();
    records.forEach(r -> lineIds.addAll(r.ids("order_line")));
    Map<Long, OdooRecord> lines = new HashMap<>();
    if (!lineIds.isEmpty()) {
      odoo.read(
              "purchase.order.line",
              lineIds,
              List.of(
                  "product_id",
                  "name",
                  "product_qty",
                  "price_unit",
                  "date_planned",
                  "display_type"),
              ALL)
          .forEach(v -> lines.put(new OdooRecord(v).id(), new OdooRecord(v)));
    }
    return records.stream().map(r -> order(r, lines)).toList();
  }

  private static RemoteOrder order(OdooRecord r, Map<Long, OdooRecord> lines) {
    String state = r.text("state");
    boolean locked = r.has("locked") && r.bool("locked");
    if ("done".equals(state)) {
      state = "purchase";
      locked = true;
    }
    List<RemoteOrder.Line> orderLines = new ArrayList<>();
    for (long id : r.ids("order_line")) {
      OdooRecord line = lines.get(id);
      if (line == null || line.many2oneId("product_id") == null) {
        continue;
      }
      String planned = line.text("date_planned");
      orderLines.add(
          new RemoteOrder.Line(
              id,
              line.many2oneId("product_id"),
              line.text("name"),
              line.decimal("product_qty"),
              line.decimal("price_unit"),
              planned == null ? null : LocalDate.parse(planned.substring(0, 10))));
    }
    String notes = r.has("note") ? r.text("note") : null;
    return new RemoteOrder(
        r.id(),
        r.text("name"),
        r.text("origin"),
        r.instant("write_date"),
        state,
        locked,
        notes,
        r.many2oneId("partner_id"),
        r.many2oneName("currency_id"),
        orderLines);
  }
}
