package net.orderbridge.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import net.orderbridge.shared.infrastructure.persistence.MigratedSchemas;
import net.orderbridge.shared.infrastructure.persistence.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when PostgreSQL answers and every bounded context's schema migrations have been applied.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final int VALIDATION_TIMEOUT_SECONDS = 3;

  @Resource(lookup = "jdbc/orderbridgeMigrations")
  DataSource dataSource;

  @Inject @Any Instance<SchemaMigration> expected;

  @Inject MigratedSchemas migrated;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    Set<String> missing = new TreeSet<>();
    expected.forEach(migration -> missing.add(migration.schema()));
    migrated.all().forEach((schema, outcome) -> response.withData(schema, outcome.version()));
    missing.removeAll(migrated.all().keySet());
    if (!missing.isEmpty()) {
      return response.down().withData("notMigrated", String.join(",", missing)).build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
      return response.status(valid).build();
    } catch (SQLException unreachable) {
      return response.down().withData("error", unreachable.getClass().getSimpleName()).build();
    }
  }
}
