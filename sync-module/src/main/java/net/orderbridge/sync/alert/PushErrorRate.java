package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import net.orderbridge.sync.push.PushMetrics;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * {@code push-error-rate}: the share of failed pushes among this instance's pushes in the last
 * {@code sync.alert.push-error-rate.window}, from the push's counters ({@code
 * sync_push_succeeded_total}, {@code sync_push_failed_total} of every error type; deferred calls
 * are not attempts). Each evaluation samples the counters; the rate is the difference to the oldest
 * sample in the window. The evidence names the orders whose pushes failed in the window ({@code
 * orderIds}, the first {@value #ORDER_IDS}).
 */
@ApplicationScoped
public class PushErrorRate {
  static final String NAME = "push-error-rate";
  static final int ORDER_IDS = 20;

  private record Sample(Instant at, long succeeded, long failed) {}

  private final MetricRegistry registry;
  private final AlertSettings settings;
  private final PushMetrics push;
  private final Deque<Sample> samples = new ArrayDeque<>();

  @Inject
  public PushErrorRate(MetricRegistry registry, AlertSettings settings, PushMetrics push) {
    this.registry = registry;
    this.settings = settings;
    this.push = push;
  }

  /** For CDI's client proxy. */
  protected PushErrorRate() {
    this(null, null, null);
  }

  public synchronized Observation observe(Instant now) {
    Sample current = new Sample(now, count("sync.push.succeeded"), count("sync.push.failed"));
    Duration window = settings.pushErrorRateWindow();
    samples.addLast(current);
    while (samples.size() > 1 && samples.peekFirst().at().isBefore(now.minus(window))) {
      samples.removeFirst();
    }
    Sample oldest = samples.peekFirst();
    long failed = current.failed() - oldest.failed();
    long total = failed + current.succeeded() - oldest.succeeded();
    double rate = total == 0 ? 0 : (double) failed / total;
    if (total < settings.pushErrorRateMinimum() || rate < settings.pushErrorRate()) {
      return Observation.clear(NAME, AlertLevel.WARNING);
    }
    return Observation.holds(
        NAME,
        AlertLevel.WARNING,
        Duration.ZERO,
        Math.round(rate * 100) + " % of pushes failed in the last " + window,
        Map.of(
            "failed",
            failed,
            "pushes",
            total,
            "rate",
            Math.round(rate * 1000) / 1000.0,
            "window",
            window.toString(),
            "orderIds",
            push.failedOrdersSince(now.minus(window), ORDER_IDS).stream()
                .map(Object::toString)
                .toList()));
  }

  private long count(String name) {
    return registry.getCounters((id, metric) -> id.getName().equals(name)).values().stream()
        .mapToLong(c -> c.getCount())
        .sum();
  }
}
