package net.orderbridge.sync.outcome;

import java.time.Clock;
import java.util.List;
import net.orderbridge.sync.odoo.ErrorType;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The metrics push and pull keep alike, tagged with their {@code direction}: {@code
 * sync_attempts_total}, {@code sync_successes_total}, the gauge {@code sync_success_ratio} over the
 * last {@link SuccessWindow#SPAN}, and {@code sync_errors_total{operation,errorType}}.
 */
public final class DirectionMetrics {
  private final MetricRegistry registry;
  private final Tag direction;
  private final SuccessWindow window;

  public DirectionMetrics(MetricRegistry registry, String direction, Clock clock) {
    this.registry = registry;
    this.direction = new Tag("direction", direction);
    this.window = new SuccessWindow(clock);
  }

  /** Registers every series at zero, so that rules and dashboards find them from the start. */
  public void register(List<String> operations) {
    registry.gauge("sync.success.ratio", window, SuccessWindow::ratio, direction);
    registry.counter("sync.attempts", direction);
    registry.counter("sync.successes", direction);
    for (String operation : operations) {
      for (ErrorType type : ErrorType.values()) {
        registry.counter(
            "sync.errors", direction, new Tag("operation", operation), errorType(type));
      }
    }
  }

  public void attempted(boolean succeeded) {
    registry.counter("sync.attempts", direction).inc();
    if (succeeded) {
      registry.counter("sync.successes", direction).inc();
    }
    window.record(succeeded);
  }

  public void error(String operation, ErrorType type) {
    registry
        .counter("sync.errors", direction, new Tag("operation", operation), errorType(type))
        .inc();
  }

  /** The success ratio over the last {@link SuccessWindow#SPAN}, NaN when nothing was tried. */
  public double ratio() {
    return window.ratio();
  }

  private static Tag errorType(ErrorType type) {
    return new Tag("errorType", type.name());
  }
}
