package net.orderbridge.sync.binding;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * {@code sync_odoo_database_mismatches_total} (each time another Odoo database is found answering)
 * and the gauge {@code sync_odoo_database_changed} (1 while push and pull are stopped for it).
 */
@ApplicationScoped
public class OdooDatabaseMetrics {
  private final MetricRegistry registry;
  private final OdooDatabases databases;

  @Inject
  public OdooDatabaseMetrics(MetricRegistry registry, OdooDatabases databases) {
    this.registry = registry;
    this.databases = databases;
  }

  /** For CDI's client proxy. */
  protected OdooDatabaseMetrics() {
    this(null, null);
  }

  @PostConstruct
  void gauge() {
    registry.gauge(
        "sync.odoo.database.changed",
        databases,
        d -> d.recorded().map(r -> r.inStep() ? 0 : 1).orElse(0));
  }

  void mismatch() {
    registry.counter("sync.odoo.database.mismatches").inc();
  }
}
