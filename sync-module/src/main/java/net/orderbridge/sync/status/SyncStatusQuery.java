package net.orderbridge.sync.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.conflict.SyncConflicts;
import net.orderbridge.sync.odoo.OdooSettings;
import net.orderbridge.sync.pull.PullFailures;
import net.orderbridge.sync.push.Outbox;
import net.orderbridge.sync.push.PushSwitch;
import net.orderbridge.sync.webhook.WebhookHints;

/**
 * The {@code SyncStateManager} of the user's design: the sync's standing for operators, over REST
 * ({@code GET /api/sync/status}) and JMX ({@code net.orderbridge:type=SyncStatus}).
 */
@ApplicationScoped
public class SyncStatusQuery {
  private final Outbox outbox;
  private final SyncConflicts conflicts;
  private final OdooConnectionProbe odoo;
  private final Clock clock;
  private final PushSwitch pushSwitch;
  private final PullFailures pullFailures;
  private final WebhookHints hints;
  private final OdooDatabaseGuard odooDatabase;
  private final OdooSettings odooSettings;

  @Inject
  public SyncStatusQuery(
      Outbox outbox,
      SyncConflicts conflicts,
      OdooConnectionProbe odoo,
      Clock clock,
      PushSwitch pushSwitch,
      PullFailures pullFailures,
      WebhookHints hints,
      OdooDatabaseGuard odooDatabase,
      OdooSettings odooSettings) {
    this.outbox = outbox;
    this.conflicts = conflicts;
    this.odoo = odoo;
    this.clock = clock;
    this.pushSwitch = pushSwitch;
    this.pullFailures = pullFailures;
    this.hints = hints;
    this.odooDatabase = odooDatabase;
    this.odooSettings = odooSettings;
  }

  /** For CDI's client proxy. */
  protected SyncStatusQuery() {
    this(null, null, null, null, null, null, null, null, null);
  }

  public IntegrationHealthStatus status() {
    Outbox.OutboxStatistics stats = outbox.statistics();
    long age =
        stats
            .oldestPending()
            .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()))
            .orElse(0L);
    return new IntegrationHealthStatus(
        stats.lastDone().orElse(null),
        stats.pending(),
        stats.retrying(),
        age,
        stats.dead(),
        conflicts.countOpen(),
        pushSwitch.enabled(),
        pullFailures.count(),
        hints.countParked(),
        odoo.check(),
        odooDatabase.standing(),
        odooSettings.key());
  }

  /** When a change last reached Odoo, or null. */
  public Instant getLastSuccessfulSync() {
    return outbox.statistics().lastDone().orElse(null);
  }

  /** Changes parked as dead letters: retries spent, or refused by Odoo. */
  public long getFailedSyncCount() {
    return outbox.statistics().dead();
  }

  /** Conflicts that wait for a person. */
  public long getPendingConflicts() {
    return conflicts.countOpen();
  }
}
