package net.orderbridge.sync.infrastructure.pull;

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
import net.orderbridge.sync.application.pull.PullPurchaseOrders;
import net.orderbridge.sync.application.pull.PullSettings;
import net.orderbridge.sync.application.pull.ReconcileOdooIds;
import net.orderbridge.sync.infrastructure.schedule.IntervalTimers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls Odoo every {@code sync.pull.interval} (default 30 s) from a persistent EJB timer, and
 * sweeps webhook hints the fast path left.
 */
@Singleton
@Startup
public class PullTimer {
  private static final Logger LOG = Logger.getLogger(PullTimer.class.getName());
  private static final String NAME = "orderbridge-pull";

  @Resource TimerService timers;
  @Inject PullPurchaseOrders pull;
  @Inject ReconcileOdooIds reconciliation;

  /**
   * Every this many ticks the bound ids are also checked against Odoo (deletions leave no
   * write_date).
   */
  @Inject
  @ConfigProperty(name = "sync.pull.reconcile-every", defaultValue = "10")
  int reconcileEvery;

  private int ticks;

  @Inject PullSettings settings;

  @PostConstruct
  void schedule() {
    IntervalTimers.keepOne(timers, NAME, settings.interval());
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick(Timer timer) {
    try {
      pull.processPendingHints(true);
      pull.pollOnce();
      if (++ticks % Math.max(1, reconcileEvery) == 0) {
        reconciliation.reconcile();
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Pull failed; the next tick tries again", failed);
    }
  }
}
