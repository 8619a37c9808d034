package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the push works, from MicroProfile Config ({@code sync.push.*}, defaults in the module's
 * {@code microprofile-config.properties}). The lease must outlast the slowest batch (several Odoo
 * calls, each bounded by the read timeout), or a second worker takes over orders still in flight.
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

  @Inject
  public PushSettings(
      @ConfigProperty(name = "sync.push.batch-size", defaultValue = "250") int batchSize,
      @ConfigProperty(name = "sync.push.threads", defaultValue = "4") int threads,
      @ConfigProperty(name = "sync.push.lease", defaultValue = "PT5M") Duration lease,
      @ConfigProperty(name = "sync.push.max-attempts", defaultValue = "12") int maxAttempts,
      @ConfigProperty(name = "sync.push.backoff.base", defaultValue = "PT1S") Duration backoffBase,
      @ConfigProperty(name = "sync.push.backoff.cap", defaultValue = "PT2M") Duration backoffCap,
      @ConfigProperty(name = "sync.push.deferral", defaultValue = "PT2S") Duration deferral) {
    this.batchSize = batchSize;
    this.threads = threads;
    this.lease = lease;
    this.maxAttempts = maxAttempts;
    this.backoffBase = backoffBase;
    this.backoffCap = backoffCap;
    this.deferral = deferral;
  }

  /** For CDI's client proxy. */
  protected PushSettings() {
    this(0, 0, null, 0, null, null, null);
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
}
