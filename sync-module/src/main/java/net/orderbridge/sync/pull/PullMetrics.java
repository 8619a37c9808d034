package net.orderbridge.sync.pull;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.orderbridge.sync.odoo.ErrorType;
import net.orderbridge.sync.odoo.OdooException;
import net.orderbridge.sync.outcome.DirectionMetrics;
import net.orderbridge.sync.outcome.SuccessWindow;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The pull's metrics: {@code sync_pull_orders_total{outcome}}, {@code
 * sync_pull_webhook_pulls_total}, {@code sync_pull_imported_total}, {@code
 * sync_pull_hint_failures_total{parked}}, {@code sync_pull_failures_total}, {@code
 * sync_pull_parked_total}, {@code sync_pull_import_skipped_total{reason}} (each left-out version of
 * an order once) and the gauge {@code sync_pull_lag_seconds} (now minus the newest applied {@code
 * write_date}).
 *
 * <p>With {@code direction="pull"}: {@code sync_attempts_total}, {@code sync_successes_total}, the
 * gauge {@code sync_success_ratio} and {@code sync_errors_total{operation="apply",errorType}} (an
 * order read from Odoo and applied, or parked). The timer {@code
 * sync_pull_change_to_local_seconds{outcome}} measures from Odoo's {@code write_date} to the local
 * commit of an applied or imported order, and the gauge {@code sync_pull_failures_parked} counts
 * the orders parked now.
 */
@ApplicationScoped
public class PullMetrics {
  static final String DIRECTION = "pull";

  private final MetricRegistry registry;
  private final PullFailures failures;
  private final Clock clock;
  private final DirectionMetrics outcomes;

  @Inject
  public PullMetrics(MetricRegistry registry, PullFailures failures, Clock clock) {
    this.registry = registry;
    this.failures = failures;
    this.clock = clock;
    this.outcomes = clock == null ? null : new DirectionMetrics(registry, DIRECTION, clock);
  }

  /** For CDI's client proxy. */
  protected PullMetrics() {
    this(null, null, null);
  }

  private final AtomicReference<Instant> newest = new AtomicReference<>();

  /** Creates the bean, and so its gauges, before the first pull. */
  void start(@Observes Startup start) {}

  /** The success ratio over the last {@link SuccessWindow#SPAN}, NaN when nothing was tried. */
  public double successRatio() {
    return outcomes.ratio();
  }

  @PostConstruct
  void gauges() {
    registry.gauge(
        "sync.pull.lag.seconds",
        newest,
        n -> n.get() == null ? -1.0 : Duration.between(n.get(), Instant.now()).toMillis() / 1000.0);
    registry.gauge("sync.pull.failures.parked", failures, PullFailures::count);
    outcomes.register(List.of("apply"));
    registry.counter("sync.pull.failures");
    for (PullOneOrder.Outcome outcome :
        List.of(PullOneOrder.Outcome.APPLIED, PullOneOrder.Outcome.IMPORTED)) {
      registry.timer("sync.pull.change.to.local", new Tag("outcome", outcome.name()));
    }
  }

  void pulled(PullOneOrder.Outcome outcome, Instant writeDate) {
    registry.counter("sync.pull.orders", new Tag("outcome", outcome.name())).inc();
    newest.accumulateAndGet(writeDate, (a, b) -> a == null || (b != null && b.isAfter(a)) ? b : a);
    attempted(true);
    if (writeDate != null
        && (outcome == PullOneOrder.Outcome.APPLIED || outcome == PullOneOrder.Outcome.IMPORTED)) {
      Duration sinceOdoo = Duration.between(writeDate, clock.instant());
      registry
          .timer("sync.pull.change.to.local", new Tag("outcome", outcome.name()))
          .update(sinceOdoo.isNegative() ? Duration.ZERO : sinceOdoo);
    }
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
  void pullFailed(boolean newlyParked, RuntimeException failure) {
    registry.counter("sync.pull.failures").inc();
    if (newlyParked) {
      registry.counter("sync.pull.parked").inc();
    }
    attempted(false);
    ErrorType type = failure instanceof OdooException odoo ? odoo.errorType() : ErrorType.TRANSIENT;
    outcomes.error("apply", type);
  }

  private void attempted(boolean succeeded) {
    outcomes.attempted(succeeded);
  }

  void importSkipped(PulledVersions.SkipReason reason) {
    registry.counter("sync.pull.import.skipped", new Tag("reason", reason.tag())).inc();
  }

  void imported() {
    registry.counter("sync.pull.imported").inc();
  }
}
