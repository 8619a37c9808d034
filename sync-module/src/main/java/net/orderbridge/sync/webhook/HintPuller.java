package net.orderbridge.sync.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.sync.pull.PullPurchaseOrders;
import net.orderbridge.sync.pull.PurchaseOrderHinted;

/**
 * The fast path: once a hint has committed, pull its order on a managed thread. A hint lost here is
 * swept by the timer.
 */
@ApplicationScoped
public class HintPuller {
  private static final Logger LOG = Logger.getLogger(HintPuller.class.getName());

  @Resource ManagedExecutorService executor;
  private final PullPurchaseOrders pull;

  @Inject
  public HintPuller(PullPurchaseOrders pull) {
    this.pull = pull;
  }

  /** For CDI's client proxy. */
  protected HintPuller() {
    this(null);
  }

  void hinted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseOrderHinted hint) {
    try {
      executor.execute(() -> pullNow(hint.odooId()));
    } catch (RejectedExecutionException stopping) {
      LOG.fine("executor stopping; the timer sweeps the hint");
    }
  }

  private void pullNow(long odooId) {
    try {
      pull.processHint(odooId, false);
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING, "Pull of hinted order " + odooId + " failed; the timer retries", failed);
    }
  }
}
