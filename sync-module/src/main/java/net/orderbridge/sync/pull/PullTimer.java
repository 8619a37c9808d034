package net.orderbridge.sync.pull;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.sync.schedule.IntervalTimers;

/**
 * Polls Odoo every {@code sync.pull.interval} (default 30 s) from a persistent EJB timer, sweeps
 * webhook hints the fast path left and deletes settled hints past their retention.
 */
@Singleton
@Startup
public class PullTimer {
  private static final Logger LOG = Logger.getLogger(PullTimer.class.getName());
  private static final String NAME = "orderbridge-pull";

  @Resource TimerService timers;
  private final PullPurchaseOrders pull;
  private final ReconcileOdooIds reconciliation;
  private final SettledHintCleanup cleanup;

  private int ticks;

  private final PullSettings settings;

  @Inject
  public PullTimer(
      PullPurchaseOrders pull,
      ReconcileOdooIds reconciliation,
      SettledHintCleanup cleanup,
      PullSettings settings) {
    this.pull = pull;
    this.reconciliation = reconciliation;
    this.cleanup = cleanup;
    this.settings = settings;
  }

  /** For the EJB container. */
  public PullTimer() {
    this(null, null, null, null);
  }

  @PostConstruct
  void schedule() {
    IntervalTimers.keepOne(timers, NAME, settings.interval());
  }

  /**
   * One tick: each step in a failure scope of its own, so that no hint, parked order or clean-up
   * can keep the poll from running (a hint once did, on every tick).
   */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick(Timer timer) {
    step("Sweep of webhook hints", () -> pull.processPendingHints(true));
    step("Pull", pull::pollOnce);
    step("Retry of parked pulls", pull::retryDueFailures);
    if (++ticks % settings.reconcileEvery() == 0) {
      step("Reconciliation of Odoo ids", reconciliation::reconcile);
    }
    step("Clean-up of settled webhook hints", cleanup::deleteSettledHints);
  }

  private static void step(String name, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, name + " failed; the next tick tries again", failed);
    }
  }
}
