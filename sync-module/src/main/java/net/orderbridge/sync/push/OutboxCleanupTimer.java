package net.orderbridge.sync.push;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cleans the outbox every {@code sync.outbox.cleanup.interval} (default 1 h) from a
 * <b>non-persistent</b> EJB timer, unlike the push and pull timers. A persistent timer exists once
 * in the database, survives restarts, fails over and catches up missed runs: the push and pull need
 * that, a clean-up does not. Every chunk is safe to delete from any instance at any time, and
 * instances running it together split the rows between them ({@code SKIP LOCKED}); a missed run
 * costs nothing but a longer next one. A non-persistent timer is simply created by every instance
 * at every start with the interval configured now, so it needs none of the bookkeeping that keeps
 * one persistent timer per name and interval, and leaves no stale timer rows behind.
 */
@Singleton
@Startup
public class OutboxCleanupTimer {
  private static final Logger LOG = Logger.getLogger(OutboxCleanupTimer.class.getName());

  @Resource TimerService timers;
  private final CleanOutbox cleanup;

  private final Duration interval;

  @Inject
  public OutboxCleanupTimer(CleanOutbox cleanup, PushSettings settings) {
    this.cleanup = cleanup;
    this.interval = settings == null ? null : settings.outboxCleanupInterval();
  }

  /** For the EJB container. */
  public OutboxCleanupTimer() {
    this(null, null);
  }

  @PostConstruct
  void schedule() {
    long millis = interval.toMillis();
    timers.createIntervalTimer(
        millis, millis, new TimerConfig("orderbridge-outbox-cleanup", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick(Timer timer) {
    try {
      cleanup.clean();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Outbox clean-up failed; the next tick tries again", failed);
    }
  }
}
