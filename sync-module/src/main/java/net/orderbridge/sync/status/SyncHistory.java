package net.orderbridge.sync.status;

import java.time.Instant;
import java.util.List;

/**
 * The last hour of the push, minute by minute, for the console's chart. Read from the outbox itself
 * (settled messages are kept for {@code sync.outbox.retention}, days), so every instance tells the
 * same history and nothing needs to be kept in memory.
 */
public interface SyncHistory {

  /** One minute: the orders pushed in it and the backlog waiting at its end. */
  record Minute(Instant startedAt, long pushed, long backlog) {}

  /** The last 60 minutes, oldest first, the current one last. */
  List<Minute> lastHour();
}
