package net.orderbridge.sync.outcome;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the sync just did to one order, fired inside the transaction that did it and told to
 * listeners only once that transaction committed.
 *
 * @param odooId the Odoo {@code purchase.order} id when known, or null
 * @param odooName the Odoo order name ({@code P00042}) when known, or null
 * @param detail the reason of a failure, the field of a conflict, what a pull changed; or null
 */
public record SyncOutcome(
    UUID orderId, Kind kind, Long odooId, String odooName, String detail, Instant occurredAt) {

  /** The kinds of news, named as the stream's {@code event:} field. */
  public enum Kind {
    PUSHED("pushed"),
    RETRYING("retrying"),
    FAILED("failed"),
    CONFLICT_OPENED("conflict-opened"),
    CONFLICT_SETTLED("conflict-settled"),
    PULLED("pulled"),
    DELETED_IN_ODOO("deleted-in-odoo");

    private final String eventName;

    Kind(String eventName) {
      this.eventName = eventName;
    }

    public String eventName() {
      return eventName;
    }
  }

  public SyncOutcome {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
