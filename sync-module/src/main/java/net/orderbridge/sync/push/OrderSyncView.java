package net.orderbridge.sync.push;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.binding.OrderBinding;

/**
 * One order's binding to Odoo and its outbox messages: pending, dead, and those settled within
 * {@code settledKeptFor} (older ones are cleaned; the order's audit trail keeps every outcome).
 */
public record OrderSyncView(
    UUID orderId, BindingView binding, List<OutboxMessage> messages, String settledKeptFor) {

  /** The binding; {@code lines} maps local line ids to Odoo line ids. */
  public record BindingView(
      String externalKey,
      Long odooId,
      String odooName,
      Instant writeDate,
      String odooState,
      boolean odooLocked,
      Instant syncedAt,
      Map<UUID, Long> lines) {}

  static OrderSyncView of(
      UUID orderId,
      Optional<OrderBinding> binding,
      List<OutboxMessage> messages,
      java.time.Duration settledKeptFor) {
    return new OrderSyncView(
        orderId,
        binding.map(OrderSyncView::view).orElse(null),
        messages,
        settledKeptFor.toString());
  }

  private static BindingView view(OrderBinding b) {
    Map<UUID, Long> lines = new java.util.TreeMap<>();
    b.lines().forEach((line, odoo) -> lines.put(line, odoo.odooLineId()));
    return new BindingView(
        b.externalKey(),
        b.odooId(),
        b.odooName(),
        b.writeDate(),
        b.odooState(),
        b.odooLocked(),
        b.syncedAt(),
        lines);
  }
}
