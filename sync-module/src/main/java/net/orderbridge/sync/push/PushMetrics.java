package net.orderbridge.sync.push;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The push's application metrics: {@code sync_push_succeeded_total}, {@code
 * sync_push_failed_total{errorType}}, {@code sync_push_deferred_total}, {@code
 * sync_push_dead_letters_total}, {@code sync_push_odoo_edits_merged_total{outcome}} (updates that
 * found Odoo's order changed and merged it first: {@code APPLIED}, {@code CONFLICT}, ...), {@code
 * sync_push_parked_total} (pushes parked by a conflict), {@code
 * sync_push_settling_failed_total{errorType}} (pushes Odoo took that could not be recorded here),
 * {@code sync_outbox_cleaned_total} (settled messages deleted after their retention), the timer
 * {@code sync_push_latency_seconds} (one order's export, batch share included), and the gauges
 * {@code sync_push_backlog} and {@code sync_push_dead_letters_waiting}.
 */
@ApplicationScoped
public class PushMetrics {
  private final MetricRegistry registry;
  private final Outbox outbox;

  @Inject
  public PushMetrics(MetricRegistry registry, Outbox outbox) {
    this.registry = registry;
    this.outbox = outbox;
  }

  /** For CDI's client proxy. */
  protected PushMetrics() {
    this(null, null);
  }

  @PostConstruct
  void gauges() {
    registry.gauge("sync.push.backlog", outbox, o -> o.statistics().pending());
    registry.gauge("sync.push.dead.letters.waiting", outbox, o -> o.statistics().dead());
  }

  void succeeded(Duration latency) {
    registry.counter("sync.push.succeeded").inc();
    registry.timer("sync.push.latency").update(latency);
  }

  void failed(PushFailure failure) {
    if (failure.deferred()) {
      registry.counter("sync.push.deferred").inc();
    } else {
      registry.counter("sync.push.failed", new Tag("errorType", failure.type().name())).inc();
    }
  }

  /** An update found Odoo's order changed since its binding and merged it first. */
  void odooEditsMerged(String outcome) {
    registry.counter("sync.push.odoo.edits.merged", new Tag("outcome", outcome)).inc();
  }

  /** A push Odoo took could not be settled here (its failure is then recorded as such). */
  void settlingFailed(PushFailure failure) {
    registry
        .counter("sync.push.settling.failed", new Tag("errorType", failure.type().name()))
        .inc();
  }

  void parked() {
    registry.counter("sync.push.parked").inc();
  }

  void outboxCleaned(int messages) {
    registry.counter("sync.outbox.cleaned").inc(messages);
  }

  void deadLettered() {
    registry.counter("sync.push.dead.letters").inc();
  }
}
