package net.orderbridge.sync.conflict;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The conflicts' metrics: {@code sync_conflicts_detected_total{group,policy}}, {@code
 * sync_conflicts_opened_total{group}} (those left to a person: policy {@code MANUAL}), {@code
 * sync_conflicts_resolved_total{by}} ({@code policy} or {@code hand}: the settled ones) and the
 * gauge {@code sync_conflicts_open} (conflicts waiting for a person now).
 */
@ApplicationScoped
public class ConflictMetrics {
  private final MetricRegistry registry;
  private final SyncConflicts conflicts;

  @Inject
  public ConflictMetrics(MetricRegistry registry, SyncConflicts conflicts) {
    this.registry = registry;
    this.conflicts = conflicts;
  }

  /** For CDI's client proxy. */
  protected ConflictMetrics() {
    this(null, null);
  }

  @PostConstruct
  void gauges() {
    registry.gauge("sync.conflicts.open", conflicts, SyncConflicts::countOpen);
    for (FieldGroup group : FieldGroup.values()) {
      registry.counter("sync.conflicts.opened", new Tag("group", group.name()));
    }
    registry.counter("sync.conflicts.resolved", new Tag("by", "policy"));
    registry.counter("sync.conflicts.resolved", new Tag("by", "hand"));
  }

  /** Creates the bean, and so its gauges, before the first conflict. */
  void start(@Observes Startup start) {}

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
    if (policy == ConflictPolicy.MANUAL) {
      registry.counter("sync.conflicts.opened", new Tag("group", group.name())).inc();
    } else {
      registry.counter("sync.conflicts.resolved", new Tag("by", "policy")).inc();
    }
  }

  void resolvedByHand() {
    registry.counter("sync.conflicts.resolved", new Tag("by", "hand")).inc();
  }
}
