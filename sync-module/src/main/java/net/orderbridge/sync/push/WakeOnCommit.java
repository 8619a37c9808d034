package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import net.orderbridge.shared.event.PurchaseOrderEvent;

/**
 * Low latency: once an order change has committed (its outbox row with it), wake the drain instead
 * of waiting for the timer. Losing this hint loses nothing; the outbox row is already there.
 */
@ApplicationScoped
public class WakeOnCommit {
  private final PushDrain drain;

  @Inject
  public WakeOnCommit(PushDrain drain) {
    this.drain = drain;
  }

  /** For CDI's client proxy. */
  protected WakeOnCommit() {
    this(null);
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseOrderEvent event) {
    if (!OutboxWriter.cameFromOdoo(event)) {
      drain.wake();
    }
  }
}
