package net.orderbridge.sync.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.shared.infrastructure.persistence.SchemasMigrated;

/**
 * The push's start-up: once the schemas are migrated, releases the claims this instance held before
 * it (re)started ({@link OwnClaims}), drains the outbox at once, and again when the released claims
 * come free. Without it a restarted server would wait for its persistent push timer, which Liberty
 * hands back to a server that went down only after the executor's missed-task threshold (two
 * minutes here), however soon the claims were released.
 */
@ApplicationScoped
public class PushOnStart {
  private static final Logger LOG = Logger.getLogger(PushOnStart.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  private final OwnClaims ownClaims;
  private final PushDrain drain;

  @Inject
  public PushOnStart(OwnClaims ownClaims, PushDrain drain) {
    this.ownClaims = ownClaims;
    this.drain = drain;
  }

  /** For CDI's client proxy. */
  protected PushOnStart() {
    this(null, null);
  }

  void started(@Observes SchemasMigrated migrated) {
    try {
      Duration grace = ownClaims.releaseOnce();
      drain.wake();
      scheduler.schedule(drain::wake, grace.toMillis() + 500, TimeUnit.MILLISECONDS);
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Push start-up failed; the push timer starts the push later", failed);
    }
  }
}
