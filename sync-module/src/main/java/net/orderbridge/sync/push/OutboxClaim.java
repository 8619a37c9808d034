package net.orderbridge.sync.push;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The pending outbox messages of one order, claimed by one worker until a lease runs out. They are
 * settled together: one push sends the order's current state, which covers all of them.
 *
 * @param attempts failed attempts so far (of the oldest message)
 * @param kinds the message kinds, oldest first ({@code PLACED}, {@code CHANGED}, ...)
 */
public record OutboxClaim(
    UUID orderId,
    UUID token,
    List<Long> messageIds,
    List<String> kinds,
    int attempts,
    Instant since) {

  public OutboxClaim {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(token, "token");
    messageIds = List.copyOf(messageIds);
    kinds = List.copyOf(kinds);
  }
}
