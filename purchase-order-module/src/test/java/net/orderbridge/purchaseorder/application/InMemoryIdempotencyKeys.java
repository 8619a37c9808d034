package net.orderbridge.purchaseorder.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.shared.domain.PurchaseOrderId;

/**
 * A fake of the keys' port with the table's rule: one row per caller and key, a second claim of it
 * fails. Every claim is visible at once, as if each call committed.
 */
final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private final Map<String, Use> uses = new HashMap<>();

  @Override
  public Optional<Use> find(String caller, String key) {
    return Optional.ofNullable(uses.get(caller + "\n" + key));
  }

  @Override
  public boolean claim(String caller, String key, String requestHash) {
    return uses.putIfAbsent(caller + "\n" + key, new Use(requestHash, Optional.empty())) == null;
  }

  @Override
  public void bind(String caller, String key, PurchaseOrderId order) {
    uses.computeIfPresent(
        caller + "\n" + key, (k, use) -> new Use(use.requestHash(), Optional.of(order)));
  }
}
