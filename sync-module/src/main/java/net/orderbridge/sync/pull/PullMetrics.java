package net.orderbridge.sync.pull;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The pull's metrics: {@code sync_pull_orders_total{outcome}}, {@code
 * sync_pull_webhook_pulls_total}, {@code sync_pull_imported_total}, {@code
 * sync_pull_hint_failures_total{parked}}, {@code sync_pull_failures_total}, {@code
 * sync_pull_parked_total}, {@code sync_pull_import_skipped_total{reason}} (each left-out version of
 * an order once) and the gauge {@code sync_pull_lag_seconds} (now minus the newest applied {@code
 * write_date}).
 */
@ApplicationScoped
public class PullMetrics {
  private final MetricRegistry registry;

  @Inject
  public PullMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /** For CDI's client proxy. */
  protected PullMetrics() {
    this(null);
  }

  private final AtomicReference<Instant> newest = new AtomicReference<>();

  @PostConstruct
  void gauges() {
    registry.gauge(
        "sync.pull.lag.seconds",
        newest,
        n -> n.get() == null ? -1.0 : Duration.between(n.get(), Instant.now()).toMillis() / 1000.0);
  }

  void pulled(PullOneOrder.Outcome outcome, Instant writeDate) {
    registry.counter("sync.pull.orders", new Tag("outcome", outcome.name())).inc();
    newest.accumulateAndGet(writeDate, (a, b) -> a == null || (b != null && b.isAfter(a)) ? b : a);
  }

  void webhookPull() {
    registry.counter("sync.pull.webhook.pulls").inc();
  }

  /** A hint's pull failed ({@code sync_pull_hint_failures_total{parked}}). */
  void hintFailed(boolean parked) {
    registry.counter("sync.pull.hint.failures", new Tag("parked", String.valueOf(parked))).inc();
  }

  /**
   * An order the pull could not apply ({@code sync_pull_failures_total}); {@code
   * sync_pull_parked_total} counts the orders parked anew.
   */
  void pullFailed(boolean newlyParked) {
    registry.counter("sync.pull.failures").inc();
    if (newlyParked) {
      registry.counter("sync.pull.parked").inc();
    }
  }

  void importSkipped(PulledVersions.SkipReason reason) {
    registry.counter("sync.pull.import.skipped", new Tag("reason", reason.tag())).inc();
  }

  void imported() {
    registry.counter("sync.pull.imported").inc();
  }
}
