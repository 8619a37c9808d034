package net.orderbridge.sync.push;

import java.time.Instant;

/**
 * Whether the automatic push runs, for every instance at once: an operator stops it for an Odoo
 * maintenance window and starts it again. While it is stopped, changes keep queueing in the outbox
 * and nothing is lost; an operator's explicit push of one order or of one batch still runs. A port:
 * the adapter keeps the switch in PostgreSQL, so every instance reads the same one.
 */
public interface PushSwitch {

  /** The switch as it stands, and who turned it last. */
  record Standing(boolean enabled, String changedBy, Instant changedAt) {}

  Standing standing();

  default boolean enabled() {
    return standing().enabled();
  }

  void turn(boolean enabled, String by);
}
