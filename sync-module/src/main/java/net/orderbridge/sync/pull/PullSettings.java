package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import net.orderbridge.sync.conflict.ConflictPolicies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pull's one typed configuration ({@code sync.pull.*}, {@code sync.conflicts}; durations in the
 * configuration's one format, ISO-8601 or whole seconds). {@code sync.pull.import} is read again at
 * every use, so that a change of a Liberty {@code <variable>} (e.g. in {@code
 * configDropins/overrides}) applies from the next pulled order on, without a restart.
 */
@ApplicationScoped
public class PullSettings {
  private final Duration interval;

  private final Duration overlap;

  private final int pageSize;

  private final Duration retryCap;

  private final int threads;

  private final Provider<String> importMode;

  private final String policies;

  private final int reconcileEvery;

  /** The settings, with the reconciliation of bound ids on every tenth tick (the default). */
  public PullSettings(
      Duration interval,
      Duration overlap,
      int pageSize,
      Duration retryCap,
      int threads,
      Provider<String> importMode,
      String policies) {
    this(interval, overlap, pageSize, retryCap, threads, importMode, policies, 10);
  }

  @Inject
  public PullSettings(
      @ConfigProperty(name = "sync.pull.interval", defaultValue = "PT30S") Duration interval,
      @ConfigProperty(name = "sync.pull.overlap", defaultValue = "PT150S") Duration overlap,
      @ConfigProperty(name = "sync.pull.page-size", defaultValue = "500") int pageSize,
      @ConfigProperty(name = "sync.pull.retry-cap", defaultValue = "PT1H") Duration retryCap,
      @ConfigProperty(name = "sync.pull.threads", defaultValue = "4") int threads,
      @ConfigProperty(name = "sync.pull.import", defaultValue = "all") Provider<String> importMode,
      @ConfigProperty(name = "sync.conflicts", defaultValue = " ") String policies,
      @ConfigProperty(name = "sync.pull.reconcile-every", defaultValue = "10") int reconcileEvery) {
    this.interval = interval;
    this.overlap = overlap;
    this.pageSize = pageSize;
    this.retryCap = retryCap;
    this.threads = threads;
    this.importMode = importMode;
    this.policies = policies;
    this.reconcileEvery = reconcileEvery;
  }

  /** For CDI's client proxy. */
  protected PullSettings() {
    this(null, null, 0, null, 0, null, null, 0);
  }

  /** How often the timer polls (and sweeps webhook hints). */
  public Duration interval() {
    return interval;
  }

  /** The longest wait between two retries of an order the pull parked. */
  public Duration retryCap() {
    return retryCap;
  }

  public Duration overlap() {
    return overlap;
  }

  public int pageSize() {
    return pageSize;
  }

  /** How many threads apply the orders of one page (each run of them in one transaction). */
  public int threads() {
    return threads;
  }

  /** See {@link ImportMode}; a value that is none of them fails every import, loudly. */
  public ImportMode importMode() {
    return ImportMode.parse(importMode.get());
  }

  /**
   * Every this many ticks of the timer the bound ids are also checked against Odoo (a deletion
   * leaves no {@code write_date} to poll for); at least 1.
   */
  public int reconcileEvery() {
    return Math.max(1, reconcileEvery);
  }

  public ConflictPolicies policies() {
    return ConflictPolicies.parse(policies);
  }
}
