package net.orderbridge.sync.application.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import net.orderbridge.sync.domain.outbox.Outbox;

/** Reads the push's standing for operators. */
@ApplicationScoped
public class SyncStatusQuery {
  @Inject Outbox outbox;
  @Inject OdooConnectionProbe odoo;
  @Inject Clock clock;

  public SyncStatus status() {
    Outbox.OutboxStatistics stats = outbox.statistics();
    long age =
        stats
            .oldestPending()
            .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()))
            .orElse(0L);
    return new SyncStatus(
        stats.lastDone().orElse(null),
        stats.pending(),
        stats.retrying(),
        age,
        stats.dead(),
        stats.done(),
        odoo.check());
  }
}
