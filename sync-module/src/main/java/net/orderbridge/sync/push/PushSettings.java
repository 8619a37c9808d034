package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the push works, from MicroProfile Config ({@code sync.push.*} and the outbox's {@code
 * sync.outbox.*}, defaults in the module's {@code microprofile-config.properties}; durations in the
 * configuration's one format, ISO-8601 or whole seconds). The push's one typed configuration: the
 * timers, the batch, the claims' recovery and the outbox's retention read it, not the configuration
 * itself. The lease must outlast the slowest batch (several Odoo calls, each bounded by the read
 * timeout), or a second worker takes over orders still in flight.
 */
@ApplicationScoped
public class PushSettings {
  private final int batchSize;

  private final int threads;

  private final Duration lease;

  private final int maxAttempts;

  private final Duration backoffBase;

  private final Duration backoffCap;

  private final Duration deferral;

  private final Duration interval;

  private final Optional<Duration> recoveryGrace;

  private final Duration outboxRetention;

  private final Duration outboxCleanupInterval;

  private final int outboxCleanupChunkSize;

  /** The batch's settings; the timers, the recovery and the outbox at their defaults. */
  public PushSettings(
      int batchSize,
      int threads,
      Duration lease,
      int maxAttempts,
      Duration backoffBase,
      Duration backoffCap,
      Duration deferral) {
    this(
        batchSize,
        threads,
        lease,
        maxAttempts,
        backoffBase,
        backoffCap,
        deferral,
        Duration.ofSeconds(5),
        Optional.empty(),
        Duration.ofDays(7),
        Duration.ofHours(1),
        1000);
  }

  @Inject
  public PushSettings(
      @ConfigProperty(name = "sync.push.batch-size", defaultValue = "250") int batchSize,
      @ConfigProperty(name = "sync.push.threads", defaultValue = "4") int threads,
      @ConfigProperty(name = "sync.push.lease", defaultValue = "PT5M") Duration lease,
      @ConfigProperty(name = "sync.push.max-attempts", defaultValue = "12") int maxAttempts,
      @ConfigProperty(name = "sync.push.backoff.base", defaultValue = "PT1S") Duration backoffBase,
      @ConfigProperty(name = "sync.push.backoff.cap", defaultValue = "PT2M") Duration backoffCap,
      @ConfigProperty(name = "sync.push.deferral", defaultValue = "PT2S") Duration deferral,
      @ConfigProperty(name = "sync.push.interval", defaultValue = "PT5S") Duration interval,
      @ConfigProperty(name = "sync.push.recovery-grace") Optional<Duration> recoveryGrace,
      @ConfigProperty(name = "sync.outbox.retention", defaultValue = "P7D")
          Duration outboxRetention,
      @ConfigProperty(name = "sync.outbox.cleanup.interval", defaultValue = "PT1H")
          Duration outboxCleanupInterval,
      @ConfigProperty(name = "sync.outbox.cleanup.chunk-size", defaultValue = "1000")
          int outboxCleanupChunkSize) {
    this.batchSize = batchSize;
    this.threads = threads;
    this.lease = lease;
    this.maxAttempts = maxAttempts;
    this.backoffBase = backoffBase;
    this.backoffCap = backoffCap;
    this.deferral = deferral;
    this.interval = interval;
    this.recoveryGrace = recoveryGrace;
    this.outboxRetention = outboxRetention;
    this.outboxCleanupInterval = outboxCleanupInterval;
    this.outboxCleanupChunkSize = outboxCleanupChunkSize;
  }

  /** For CDI's client proxy. */
  protected PushSettings() {
    this(0, 0, null, 0, null, null, null, null, Optional.empty(), null, null, 0);
  }

  public int batchSize() {
    return batchSize;
  }

  /** How many batches one server pushes at once, at most. */
  public int threads() {
    return Math.max(1, threads);
  }

  public Duration lease() {
    return lease;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Backoff backoff() {
    return new Backoff(backoffBase, backoffCap);
  }

  /** How long messages wait when the gateway refused to send (circuit open, bulkhead full). */
  public Duration deferral() {
    return deferral;
  }

  /** How often the push timer wakes the drain (a commit wakes it at once besides). */
  public Duration interval() {
    return interval;
  }

  /**
   * How long after a start the claims this instance held before it are left alone; empty: as long
   * as an Odoo call may take ({@code ODOO_READ_TIMEOUT}).
   */
  public Optional<Duration> recoveryGrace() {
    return recoveryGrace;
  }

  /** How long settled outbox messages are kept (dead letters are kept until retried or removed). */
  public Duration outboxRetention() {
    return outboxRetention;
  }

  public Duration outboxCleanupInterval() {
    return outboxCleanupInterval;
  }

  /** How many settled messages one delete statement of the cleanup removes, at least one. */
  public int outboxCleanupChunkSize() {
    return Math.max(1, outboxCleanupChunkSize);
  }
}
