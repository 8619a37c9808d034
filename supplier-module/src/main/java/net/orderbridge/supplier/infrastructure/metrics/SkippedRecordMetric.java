package net.orderbridge.supplier.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.orderbridge.supplier.application.SkippedRecordCounter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** {@code catalogue_refresh_skipped_total{model}} in {@code /metrics}. */
@ApplicationScoped
public class SkippedRecordMetric implements SkippedRecordCounter {
  private final MetricRegistry metrics;

  @Inject
  public SkippedRecordMetric(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  /** For CDI's client proxy. */
  protected SkippedRecordMetric() {
    this(null);
  }

  @Override
  public void skipped(String model) {
    metrics.counter("catalogue_refresh_skipped", new Tag("model", model)).inc();
  }
}
