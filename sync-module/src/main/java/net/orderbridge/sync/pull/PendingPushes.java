package net.orderbridge.sync.pull;

import java.util.UUID;

/**
 * The pull's one question to the outbox: whether an order's local changes still wait to be pushed.
 * A port: the adapter reads {@code sync.outbox_message}.
 */
public interface PendingPushes {

  /** Whether the order has outbox messages not yet pushed. */
  boolean existFor(UUID orderId);
}
