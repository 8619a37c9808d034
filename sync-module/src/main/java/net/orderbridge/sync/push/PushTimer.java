package net.orderbridge.sync.push;

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
import java.time.Duration;
import net.orderbridge.sync.schedule.IntervalTimers;

/**
 * Starts a push drain every {@code sync.push.interval} (default 5 s) from a persistent EJB timer,
 * which lives in the database and fails over between servers. It only starts work: the drain runs
 * on a managed thread, outside the timer's transaction.
 */
@Singleton
@Startup
public class PushTimer {
  private static final String NAME = "orderbridge-push";

  @Resource TimerService timers;
  private final PushDrain drain;

  private final Duration interval;

  @Inject
  public PushTimer(PushDrain drain, PushSettings settings) {
    this.drain = drain;
    this.interval = settings == null ? null : settings.interval();
  }

  /** For the EJB container. */
  public PushTimer() {
    this(null, null);
  }

  /** Keeps exactly one persistent timer with the configured interval (its info names it). */
  @PostConstruct
  void schedule() {
    IntervalTimers.keepOne(timers, NAME, interval);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick(Timer timer) {
    drain.wake();
  }
}
