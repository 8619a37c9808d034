package net.orderbridge.sync.odoo.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.odoo.OdooRecord;
import net.orderbridge.sync.odoo.OdooRecordMissingException;

/**
 * Odoo's {@code purchase.order} and its lines, for push and pull alike: the one class that reads
 * and writes them, so field names, the state per version and the line commands live here only.
 *
 * <p>Odoo 16-18 have no {@code locked} flag and call a locked order {@code done}; both reads say
 * {@code purchase} + locked for it. The pull reads with {@code active_test=False}, since an
 * archived order still changed.
 */
@ApplicationScoped
public class OdooPurchaseOrderRepository implements OdooPurchaseOrders {
  public static final String MODEL = OdooModels.PURCHASE_ORDER;
  static final String LINE_MODEL = OdooModels.PURCHASE_ORDER_LINE;
  private static final Map<String, Object> ALL = Map.of("active_test", false);
  private static final int CHUNK = 1000;

  private final OdooClient odoo;
  private final PurchaseSchema schema;

  @Inject
  public OdooPurchaseOrderRepository(OdooClient odoo, PurchaseSchema schema) {
    this.odoo = odoo;
    this.schema = schema;
  }

  /** For CDI's client proxy. */
  protected OdooPurchaseOrderRepository() {
    this(null, null);
  }

  /** An Odoo order as the push sees it; {@code lineIds} ascending, section lines included. */
  public record Current(
      long id, String name, String state, boolean locked, List<Long> lineIds, Instant writeDate) {

    public Current {
      lineIds = List.copyOf(lineIds);
    }

    boolean cancelled() {
      return state.equals("cancel");
    }
  }

  /** An Odoo line as the push compares it with a local one it has no binding for. */
  public record OdooLine(long id, Long productId, BigDecimal quantity) {}

  // the push's side

  public List<Current> read(List<Long> ids) {
    List<String> fields = new ArrayList<>(List.of("name", "state", "order_line", "write_date"));
    if (schema.hasLocked()) {
      fields.add("locked");
    }
    return odoo.read(MODEL, ids, fields, null).stream()
        .map(OdooRecord::new)
        .map(OdooPurchaseOrderRepository::current)
        .toList();
  }

  public Optional<Current> read(long id) {
    return read(List.of(id)).stream().findFirst();
  }

  /** Odoo order ids by external key ({@code origin}); the lowest id when a key is taken twice. */
  public Map<String, Long> findByKeys(List<String> keys) {
    Map<String, Long> found = new HashMap<>();
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

  /** Creates the orders with all their lines in one call; returns their ids in plan order. */
  public List<Long> create(List<PlannedOrder> plans) {
    return odoo.create(MODEL, plans.stream().map(PlannedOrder::createValues).toList());
  }

  /**
   * Writes the header and the line commands of {@code diff}, and removes the Odoo lines {@code
   * removed}, in one {@code write}.
   */
  public void write(long id, PlannedOrder plan, LineDiff diff, List<Long> removed) {
    Map<String, Object> vals = new LinkedHashMap<>(plan.header());
    List<Object> commands = new ArrayList<>(diff.commands());
    removed.forEach(line -> commands.add(List.of(2, line)));
    if (!commands.isEmpty()) {
      vals.put("order_line", commands);
    }
    odoo.write(MODEL, List.of(id), vals);
  }

  /** Product and quantity of these Odoo lines. */
  public List<OdooLine> lines(List<Long> lineIds) {
    return odoo.read(LINE_MODEL, lineIds, List.of("product_id", "product_qty"), null).stream()
        .map(OdooRecord::new)
        .map(l -> new OdooLine(l.id(), l.many2oneId("product_id"), l.decimal("product_qty")))
        .toList();
  }

  /** Presses the state buttons of {@link StateTransitions}, in order. */
  public void press(List<String> buttons, long id) {
    buttons.forEach(button -> odoo.call(MODEL, button, List.of(id), null));
  }

  /**
   * Deletes an order; Odoo deletes only cancelled ones ("In order to delete a purchase order, you
   * must cancel it first"), so it unlocks and cancels first. One Odoo no longer has is done.
   */
  public void remove(Current order) {
    try {
      if (order.locked()) {
        press(List.of("button_unlock"), order.id());
      }
      if (!order.cancelled()) {
        press(List.of("button_cancel"), order.id());
      }
      odoo.unlink(MODEL, List.of(order.id()));
    } catch (OdooRecordMissingException alreadyGone) {
      // deleted in Odoo meanwhile (or by our own unlink whose answer was lost)
    }
  }

  // the pull's side

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

  @Override
  public Set<Long> existing(List<Long> odooIds) {
    Set<Long> existing = new HashSet<>();
    for (int from = 0; from < odooIds.size(); from += CHUNK) {
      List<Long> chunk = odooIds.subList(from, Math.min(odooIds.size(), from + CHUNK));
      existing.addAll(odoo.search(MODEL, List.of(List.of("id", "in", chunk)), 0, null, null, ALL));
    }
    return existing;
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
              LINE_MODEL,
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
    Header header = header(r);
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
        header.state(),
        header.locked(),
        notes,
        r.many2oneId("partner_id"),
        r.many2oneName("currency_id"),
        orderLines);
  }

  private static Current current(OdooRecord order) {
    Header header = header(order);
    List<Long> lines = new ArrayList<>(order.ids("order_line"));
    lines.sort(null);
    return new Current(
        order.id(),
        order.text("name"),
        header.state(),
        header.locked(),
        lines,
        order.instant("write_date"));
  }

  /** State and lock of any Odoo version: 16-18's {@code done} is {@code purchase} + locked. */
  private record Header(String state, boolean locked) {}

  private static Header header(OdooRecord order) {
    String state = order.text("state");
    boolean locked = order.has("locked") && order.bool("locked");
    return "done".equals(state) ? new Header("purchase", true) : new Header(state, locked);
  }
}
