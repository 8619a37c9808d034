package net.orderbridge.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.orderbridge.shared.infrastructure.persistence.MigratedSchemas;
import net.orderbridge.shared.infrastructure.persistence.SchemaMigration;
import net.orderbridge.shared.infrastructure.persistence.SchemasMigrated;

/**
 * Applies every bounded context's schema migrations when the application starts, before the REST
 * API serves a request, then tells the contexts ({@link SchemasMigrated}). A failed migration stops
 * the start: a server with a half-migrated schema must never report ready.
 */
@WebListener
public class SchemaMigrationRunner implements ServletContextListener {
  private static final Logger LOG = Logger.getLogger(SchemaMigrationRunner.class.getName());

  @Resource(lookup = "jdbc/orderbridgeMigrations")
  DataSource migrationDataSource;

  @Inject @Any Instance<SchemaMigration> migrations;

  @Inject MigratedSchemas migrated;

  @Inject Event<SchemasMigrated> done;

  @Override
  public void contextInitialized(ServletContextEvent started) {
    for (SchemaMigration migration : migrations) {
      SchemaMigration.MigratedSchema outcome = migration.apply(migrationDataSource);
      migrated.record(outcome);
      LOG.info(
          () ->
              "Schema "
                  + outcome.schema()
                  + " at version "
                  + outcome.version()
                  + " ("
                  + outcome.migrationsExecuted()
                  + " migrations applied now)");
    }
    done.fire(new SchemasMigrated(migrated.all().keySet()));
  }
}
