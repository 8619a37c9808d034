package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.RemoteLine;
import net.orderbridge.sync.conflict.LocalOrderChanges;
import net.orderbridge.sync.conflict.SyncedFields;
import net.orderbridge.sync.odoo.purchase.OrderStates;

/**
 * Applies changed synced fields to our order through the purchase-order context's {@link
 * RemoteOrderChanges}: lines and notes first, then state (a cancelled or locked order still takes
 * Odoo's lines). A line Odoo keeps without a planned date is planned for today.
 */
@ApplicationScoped
public class LocalChanges implements LocalOrderChanges {
  private final RemoteOrderChanges orders;
  private final net.orderbridge.supplier.api.Catalogue catalogue;
  private final Clock clock;

  @Inject
  public LocalChanges(
      RemoteOrderChanges orders, net.orderbridge.supplier.api.Catalogue catalogue, Clock clock) {
    this.orders = orders;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** For CDI's client proxy. */
  protected LocalChanges() {
    this(null, null, null);
  }

  @Override
  public void apply(
      PurchaseOrderSnapshot local,
      SyncedFields current,
      Map<String, String> changes,
      Map<String, String> descriptions) {
    if (changes.isEmpty()) {
      return;
    }
    SyncedFields merged = current.with(changes);
    boolean content =
        changes.keySet().stream().anyMatch(p -> p.equals("notes") || p.startsWith("lines/"));
    if (content) {
      orders.applyNotesAndLines(
          local.id(), merged.get("notes"), lines(local, merged, descriptions));
    }
    if (changes.containsKey("state") || changes.containsKey("locked")) {
      orders.applyState(
          local.id(), OrderStates.local(merged.get("state")), "true".equals(merged.get("locked")));
    }
  }

  private List<RemoteLine> lines(
      PurchaseOrderSnapshot local, SyncedFields merged, Map<String, String> descriptions) {
    Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
    merged
        .values()
        .forEach(
            (path, value) -> {
              if (path.startsWith("lines/")) {
                String[] parts = path.split("/");
                byKey.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(parts[2], value);
              }
            });
    Map<String, PurchaseOrderSnapshot.Line> ours = new LinkedHashMap<>();
    local.lines().forEach(l -> ours.put(l.lineId().toString(), l));
    List<RemoteLine> lines = new ArrayList<>();
    byKey.forEach(
        (key, f) -> {
          if (f.get("product") == null || f.get("quantity") == null) {
            return;
          }
          PurchaseOrderSnapshot.Line mine = ours.get(key);
          String date = f.get("plannedDate");
          lines.add(
              new RemoteLine(
                  mine == null ? null : mine.lineId(),
                  product(mine, Long.parseLong(f.get("product"))),
                  mine == null ? descriptions.get(key) : mine.description(),
                  new BigDecimal(f.get("quantity")),
                  new BigDecimal(f.getOrDefault("unitPrice", "0")),
                  date == null ? LocalDate.now(clock) : LocalDate.parse(date)));
        });
    return lines;
  }

  /** Our product of an Odoo product: the line's own when it is still the same one. */
  private UUID product(PurchaseOrderSnapshot.Line mine, long odooProduct) {
    if (mine != null
        && catalogue
            .odooIdOf(new net.orderbridge.shared.domain.ProductId(mine.productId()))
            .map(id -> id == odooProduct)
            .orElse(false)) {
      return mine.productId();
    }
    return catalogue
        .productByOdooId(odooProduct)
        .orElseThrow(() -> new IllegalStateException("Odoo product " + odooProduct + " unknown"))
        .value();
  }
}
