package net.orderbridge.purchaseorder.api;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The orders' audit trail as other contexts speak to it: on whose behalf and why orders change
 * during a piece of work, and decisions about an order that change nothing in it (a dead letter put
 * back in line). The person who called, when there is one, is always the actor.
 */
public interface OrderAudit {

  /**
   * Runs {@code work} on this thread with every audited change in it attributed to {@code origin}.
   * An origin already in force is kept: the outer cause (an operator's manual pull) says more than
   * the inner one (the pull of one order).
   */
  <T> T attributed(Origin origin, Supplier<T> work);

  /** {@link #attributed(Origin, Supplier)} for work without a result. */
  default void attributing(Origin origin, Runnable work) {
    attributed(
        origin,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Records a decision about each of these orders (in one transaction), with the caller, or the
   * origin in force, as actor.
   */
  void note(Collection<UUID> orderIds, String action, String detail);

  /**
   * Why orders change.
   *
   * @param system the actor when no person called, e.g. {@code sync:pull} for the poll timer
   * @param action the audit action to record instead of the event's, e.g. {@code
   *     CONFLICT_RESOLVED}, or null
   * @param detail what happened, in a few words, or null
   */
  record Origin(String system, String action, String detail) {
    public Origin {
      Objects.requireNonNull(system, "system");
    }
  }
}
