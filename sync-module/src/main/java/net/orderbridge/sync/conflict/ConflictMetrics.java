package net.orderbridge.sync.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The conflicts' metrics: {@code sync_conflicts_detected_total{group,policy}} and {@code
 * sync_conflicts_resolved_total{by}} ({@code policy} or {@code hand}).
 */
@ApplicationScoped
public class ConflictMetrics {
  private final MetricRegistry registry;

  @Inject
  public ConflictMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /** For CDI's client proxy. */
  protected ConflictMetrics() {
    this(null);
  }

  /**
   * A conflict was found in a field group; one settled by its policy at once counts as resolved.
   */
  public void conflictDetected(FieldGroup group, ConflictPolicy policy) {
    registry
        .counter(
            "sync.conflicts.detected",
            new Tag("group", group.name()),
            new Tag("policy", policy.name()))
        .inc();
    if (policy != ConflictPolicy.MANUAL) {
      registry.counter("sync.conflicts.resolved", new Tag("by", "policy")).inc();
    }
  }

  void resolvedByHand() {
    registry.counter("sync.conflicts.resolved", new Tag("by", "hand")).inc();
  }
}
