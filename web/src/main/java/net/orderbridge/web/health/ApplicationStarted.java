package net.orderbridge.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.orderbridge.shared.infrastructure.persistence.MigratedSchemas;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the start-up migrations have run, which happens before the REST API opens. */
@Startup
@ApplicationScoped
public class ApplicationStarted implements HealthCheck {

  @Inject MigratedSchemas migrated;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("started")
        .status(!migrated.all().isEmpty())
        .withData("schemas", migrated.all().size())
        .build();
  }
}
