package net.orderbridge.sync.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.sync.binding.BindingsRedone;

/**
 * Runs batches until nothing is due, on managed threads. A wake-up starts one worker; a worker that
 * claims a full batch asks for one more, up to {@code sync.push.threads}, so a backlog is pushed
 * several batches at a time (Odoo's latency overlaps our database work) while a trickle of orders
 * costs one thread. Wake-ups while workers run are folded into one more round. Other servers drain
 * the same outbox at the same time; the claims keep every worker apart (one order, one worker).
 * While an operator has stopped the push ({@link PushSwitch}) a drain claims nothing; the switch is
 * read before every batch, so a stop takes effect after the batches in hand.
 */
@ApplicationScoped
public class PushDrain {
  private static final Logger LOG = Logger.getLogger(PushDrain.class.getName());

  @Resource ManagedExecutorService executor;
  private final BatchSyncPendingOrders push;
  private final PushSwitch pushSwitch;
  private final PushSettings settings;

  @Inject
  public PushDrain(BatchSyncPendingOrders push, PushSwitch pushSwitch, PushSettings settings) {
    this.push = push;
    this.pushSwitch = pushSwitch;
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  protected PushDrain() {
    this(null, null, null);
  }

  private final AtomicInteger workers = new AtomicInteger();
  private final AtomicBoolean wanted = new AtomicBoolean();

  /** Asks for a drain soon; returns at once. */
  public void wake() {
    wanted.set(true);
    if (workers.compareAndSet(0, 1)) {
      start();
    }
  }

  /** Bindings re-bound or forgotten by an operator: there may be everything to push. */
  void bindingsRedone(@Observes BindingsRedone redone) {
    wake();
  }

  /** One more worker, unless all of them run already. */
  private void helpOut() {
    int running;
    do {
      running = workers.get();
      if (running >= settings.threads()) {
        return;
      }
    } while (!workers.compareAndSet(running, running + 1));
    start();
  }

  /** Runs a worker that {@link #workers} counts already. */
  private void start() {
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException stopping) {
      workers.decrementAndGet();
    }
  }

  /** At least one round; another when a wake-up came meanwhile. */
  private void drain() {
    try {
      do {
        wanted.set(false);
        int claimed;
        while (pushSwitch.enabled() && (claimed = push.batchSyncPendingOrders().claimed()) > 0) {
          if (claimed >= settings.batchSize()) {
            helpOut();
          }
        }
      } while (wanted.get());
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Push drain stopped; the timer starts it again", failed);
    } finally {
      workers.decrementAndGet();
    }
    if (wanted.get()) {
      wake();
    }
  }
}
