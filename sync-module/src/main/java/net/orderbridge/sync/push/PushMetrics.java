package net.orderbridge.sync.push;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.orderbridge.sync.outcome.DirectionMetrics;
import net.orderbridge.sync.outcome.SuccessWindow;
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
 *
 * <p>Across directions (the pull records the same with {@code direction="pull"}): {@code
 * sync_attempts_total{direction}}, {@code sync_successes_total{direction}}, the gauge {@code
 * sync_success_ratio{direction}} over the last {@link SuccessWindow#SPAN} and {@code
 * sync_errors_total{direction,operation,errorType}}. The timer {@code
 * sync_push_change_to_odoo_seconds{operation}} measures from the oldest settled outbox message's
 * creation (the local change's commit) to the settling of Odoo's answer. Gauges {@code
 * sync_push_oldest_pending_age_seconds}, {@code sync_odoo_circuit_open} (1 while the push last met
 * an open circuit) ({@code sync_odoo_authentication_refused} is {@code status.StandingMetrics}').
 */
@ApplicationScoped
public class PushMetrics {
  static final String DIRECTION = "push";

  /** What a push does to an order; its lower-case name is the {@code operation} tag. */
  enum Operation {
    CREATE,
    UPDATE,
    CONFIRM,
    CANCEL;

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The values of the {@code operation} tag, each series present (at zero) from the start. */
  static final List<String> OPERATIONS =
      java.util.Arrays.stream(Operation.values()).map(Operation::tag).toList();

  private final MetricRegistry registry;
  private final Outbox outbox;
  private final CircuitWatch circuit;
  private final Clock clock;
  private final DirectionMetrics outcomes;

  /** A failed push: when, and of which order (for the error rate's evidence). */
  private record Failure(java.time.Instant at, java.util.UUID orderId) {}

  /** The last {@link #RECENT_FAILURES} failed pushes, oldest first; guarded by itself. */
  private final java.util.Deque<Failure> recentFailures = new java.util.ArrayDeque<>();

  static final int RECENT_FAILURES = 1000;

  @Inject
  public PushMetrics(MetricRegistry registry, Outbox outbox, CircuitWatch circuit, Clock clock) {
    this.registry = registry;
    this.outbox = outbox;
    this.circuit = circuit;
    this.clock = clock;
    this.outcomes = clock == null ? null : new DirectionMetrics(registry, DIRECTION, clock);
  }

  /** For CDI's client proxy. */
  protected PushMetrics() {
    this(null, null, null, null);
  }

  /** Creates the bean, and so its gauges, before the first push. */
  void start(@Observes Startup start) {}

  /** The success ratio over the last {@link SuccessWindow#SPAN}, NaN when nothing was tried. */
  public double successRatio() {
    return outcomes.ratio();
  }

  @PostConstruct
  void gauges() {
    registry.gauge("sync.push.backlog", outbox, o -> o.statistics().pending());
    registry.gauge("sync.push.dead.letters.waiting", outbox, o -> o.statistics().dead());
    registry.gauge(
        "sync.push.oldest.pending.age.seconds",
        outbox,
        o ->
            o.statistics()
                .oldestPending()
                .map(at -> Math.max(0, Duration.between(at, clock.instant()).toSeconds()))
                .orElse(0L));
    outcomes.register(OPERATIONS);
    registry.gauge(
        "sync.odoo.circuit.open", circuit, c -> CircuitWatch.OPEN.equals(c.state()) ? 1 : 0);
    registry.counter("sync.push.dead.letters");
    for (String operation : OPERATIONS) {
      registry.timer("sync.push.change.to.odoo", new Tag("operation", operation));
    }
  }

  /** One order's push was settled as done: Odoo acknowledged the changes of its claim. */
  void succeeded(OutboxClaim claim, Duration latency) {
    registry.counter("sync.push.succeeded").inc();
    registry.timer("sync.push.latency").update(latency);
    attempted(true);
    Duration sinceChange = Duration.between(claim.since(), clock.instant());
    registry
        .timer("sync.push.change.to.odoo", new Tag("operation", operation(claim.kinds())))
        .update(sinceChange.isNegative() ? Duration.ZERO : sinceChange);
  }

  void failed(OutboxClaim claim, PushFailure failure) {
    if (failure.deferred()) {
      registry.counter("sync.push.deferred").inc();
      return;
    }
    registry.counter("sync.push.failed", new Tag("errorType", failure.type().name())).inc();
    synchronized (recentFailures) {
      recentFailures.addLast(new Failure(clock.instant(), claim.orderId()));
      if (recentFailures.size() > RECENT_FAILURES) {
        recentFailures.removeFirst();
      }
    }
    attempted(false);
    outcomes.error(operation(claim.kinds()), failure.type());
  }

  /**
   * The orders whose pushes failed (not deferred) at or after {@code since}, oldest failure first,
   * each once, at most {@code limit}: what this instance remembers of its last {@value
   * #RECENT_FAILURES} failures.
   */
  public List<java.util.UUID> failedOrdersSince(java.time.Instant since, int limit) {
    synchronized (recentFailures) {
      return recentFailures.stream()
          .filter(f -> !f.at().isBefore(since))
          .map(Failure::orderId)
          .distinct()
          .limit(limit)
          .toList();
    }
  }

  private void attempted(boolean succeeded) {
    outcomes.attempted(succeeded);
  }

  /**
   * The Odoo operation a claim's push performs, read from its message kinds: {@code create} for a
   * placed order, {@code cancel} for a cancelled or deleted one, {@code confirm}, else {@code
   * update}.
   */
  static String operation(List<String> kinds) {
    if (kinds.contains("PLACED")) {
      return Operation.CREATE.tag();
    }
    if (kinds.contains("CANCELLED") || kinds.contains("DELETED")) {
      return Operation.CANCEL.tag();
    }
    return (kinds.contains("CONFIRMED") ? Operation.CONFIRM : Operation.UPDATE).tag();
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
