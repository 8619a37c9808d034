package net.orderbridge.sync.infrastructure.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.sync.application.push.BatchSyncPendingOrders;

/**
 * Runs batches until nothing is due, on one managed thread per server. Wake-ups while it runs are
 * folded into one more round, so a burst of orders costs no burst of threads. Other servers drain
 * the same outbox at the same time; the claims keep them apart.
 */
@ApplicationScoped
public class PushDrain {
  private static final Logger LOG = Logger.getLogger(PushDrain.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject BatchSyncPendingOrders push;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();

  /** Asks for a drain soon; returns at once. */
  public void wake() {
    wanted.set(true);
    if (running.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException stopping) {
        running.set(false);
      }
    }
  }

  private void drain() {
    try {
      while (wanted.getAndSet(false)) {
        while (push.batchSyncPendingOrders().claimed() > 0) {
          wanted.set(false);
        }
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Push drain stopped; the timer starts it again", failed);
    } finally {
      running.set(false);
    }
    if (wanted.get()) {
      wake();
    }
  }
}
