package net.orderbridge.sync.pull;

import java.util.List;

/**
 * The webhook hints about {@code purchase.order} as the pull works them off: waiting, processed or,
 * after too many failed pulls, parked. A port: the adapter keeps them in {@code sync.webhook_hint}.
 */
public interface PurchaseOrderHints {

  /** Ids of Odoo orders of webhook hints waiting (not processed, not parked), oldest first. */
  List<Long> waiting(int limit);

  void processed(long odooId);

  /**
   * Counts a failed pull of the order's waiting hint; the {@code maxAttempts}th parks it with this
   * reason.
   *
   * @return true when the hint is parked now
   */
  boolean failed(long odooId, String reason, int maxAttempts);
}
