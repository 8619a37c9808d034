package net.orderbridge.shared.infrastructure.persistence;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * One bounded context's Flyway migrations and the PostgreSQL schema they build. Each context
 * produces one of these as a CDI bean; the start-up runner applies them all before the REST API
 * serves its first request, so the contexts never share a history table and EclipseLink never
 * generates DDL.
 *
 * @param schema the PostgreSQL schema the context owns, e.g. {@code purchase_order}
 * @param location the classpath folder holding the context's {@code V<n>__*.sql} files
 * @param owner a class of the owning module, whose class loader sees the migration files
 */
public record SchemaMigration(String schema, String location, Class<?> owner) {

  public SchemaMigration {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(owner, "owner");
  }

  /**
   * Migrates the schema through a non-transactional data source: Flyway commits each step itself.
   */
  public MigratedSchema apply(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure(owner.getClassLoader())
            .dataSource(dataSource)
            .schemas(schema)
            .createSchemas(true)
            .locations("classpath:" + location)
            .callbackLocations("classpath:" + location)
            .validateMigrationNaming(true)
            .load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    String version =
        current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
    return new MigratedSchema(schema, version, result.migrationsExecuted);
  }

  /** The outcome of one start-up migration. */
  public record MigratedSchema(String schema, String version, int migrationsExecuted) {}
}
