package net.orderbridge.sync.binding;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import net.orderbridge.shared.infrastructure.persistence.SchemasMigrated;

/**
 * Checks at start-up which Odoo database answers (in the background: start-up never waits for
 * Odoo), so that readiness and the status tell a changed database before any order is pushed. Push
 * and pull check again before they send anything.
 */
@ApplicationScoped
public class OdooDatabaseCheckOnStart {
  private static final Logger LOG = Logger.getLogger(OdooDatabaseCheckOnStart.class.getName());

  @Resource ManagedExecutorService executor;
  private final OdooDatabaseGuard guard;

  @Inject
  public OdooDatabaseCheckOnStart(OdooDatabaseGuard guard) {
    this.guard = guard;
  }

  /** For CDI's client proxy. */
  protected OdooDatabaseCheckOnStart() {
    this(null);
  }

  void started(@Observes SchemasMigrated migrated) {
    executor.execute(
        () -> {
          try {
            guard.verify();
          } catch (RuntimeException unreachable) {
            LOG.info(
                () ->
                    "The Odoo database could not be checked at start-up; push and pull check it"
                        + " before they send anything: "
                        + unreachable);
          }
        });
  }
}
