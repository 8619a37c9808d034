package net.orderbridge.sync.status;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import net.orderbridge.sync.odoo.OdooCallLog;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What the critical alerts watch: {@code sync_odoo_reachable} (1 when Odoo answered the shared,
 * cached version check of {@link OdooConnectionProbe}) and {@code sync_database_up} (1 when
 * PostgreSQL validates a pooled connection within {@value #VALIDATION_SECONDS} seconds) and {@code
 * sync_odoo_authentication_refused} (1 while Odoo refuses our credentials to every flow's calls, as
 * {@link OdooCallLog} saw them).
 */
@ApplicationScoped
public class StandingMetrics {
  private static final int VALIDATION_SECONDS = 2;

  private final MetricRegistry registry;
  private final OdooConnectionProbe odoo;
  private final OdooCallLog calls;

  @Resource(lookup = "jdbc/orderbridge")
  DataSource dataSource;

  @Inject
  public StandingMetrics(MetricRegistry registry, OdooConnectionProbe odoo, OdooCallLog calls) {
    this.registry = registry;
    this.odoo = odoo;
    this.calls = calls;
  }

  /** For CDI's client proxy. */
  protected StandingMetrics() {
    this(null, null, null);
  }

  /** Creates the bean, and so its gauges, when the application starts. */
  void start(@Observes Startup start) {}

  @PostConstruct
  void gauges() {
    registry.gauge("sync.odoo.reachable", odoo, o -> o.check().reachable() ? 1 : 0);
    registry.gauge("sync.database.up", this, StandingMetrics::databaseUp);
    registry.gauge(
        "sync.odoo.authentication.refused",
        calls,
        c -> c.credentialsRefusedSince().isPresent() ? 1 : 0);
  }

  private int databaseUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_SECONDS) ? 1 : 0;
    } catch (SQLException unreachable) {
      return 0;
    }
  }
}
