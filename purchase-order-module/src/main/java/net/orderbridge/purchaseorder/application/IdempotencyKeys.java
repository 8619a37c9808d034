package net.orderbridge.purchaseorder.application;

import java.util.Optional;
import net.orderbridge.shared.domain.PurchaseOrderId;

/**
 * The {@code Idempotency-Key}s callers sent with order placements. A port: the adapter stores them
 * in PostgreSQL, whose primary key makes a concurrent second claim wait for the first and then
 * fail.
 */
public interface IdempotencyKeys {

  /** What a key was first used for. {@code orderId} is empty while that placement is in flight. */
  record Use(String requestHash, Optional<PurchaseOrderId> orderId) {}

  Optional<Use> find(String caller, String key);

  /** Claims the key in the current transaction; false when another request already holds it. */
  boolean claim(String caller, String key, String requestHash);

  void bind(String caller, String key, PurchaseOrderId order);
}
