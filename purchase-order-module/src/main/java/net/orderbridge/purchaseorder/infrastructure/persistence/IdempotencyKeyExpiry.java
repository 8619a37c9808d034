package net.orderbridge.purchaseorder.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets {@code Idempotency-Key}s older than {@code orders.idempotency.retention} (default one
 * day, as the IETF draft suggests clients retry within), every hour. Every instance may run it:
 * deleting twice is harmless.
 */
@ApplicationScoped
public class IdempotencyKeyExpiry {
  private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class.getName());
  private final AtomicBoolean scheduled = new AtomicBoolean();

  @PersistenceContext(unitName = "purchase-orders")
  EntityManager entities;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "orders.idempotency.retention", defaultValue = "P1D")
  Duration retention;

  @Inject IdempotencyKeyExpiry self;

  void schedule(@Observes Startup started) {
    if (scheduled.compareAndSet(false, true)) {
      scheduler.scheduleWithFixedDelay(self::expireNow, 1, 60, TimeUnit.MINUTES);
    }
  }

  /** Deletes the keys past their retention; returns how many. */
  @Transactional
  public int expireNow() {
    int expired =
        entities
            .createNativeQuery(
                "delete from purchase_order.idempotency_key"
                    + " where created_at < now() - make_interval(secs => ?1)")
            .setParameter(1, retention.toSeconds())
            .executeUpdate();
    if (expired > 0) {
      LOG.info(() -> "Forgot " + expired + " idempotency keys older than " + retention);
    }
    return expired;
  }
}
