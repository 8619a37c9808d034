package net.orderbridge.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.orderbridge.sync.application.status.OdooConnectionProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Odoo's reachability and the circuit, as data. Always UP: while Odoo is down the service still
 * takes orders (they wait in the outbox), so taking this instance out of the load balancer would
 * only make things worse.
 */
@Readiness
@ApplicationScoped
public class OdooReadiness implements HealthCheck {
  @Inject OdooConnectionProbe odoo;

  @Override
  public HealthCheckResponse call() {
    OdooConnectionProbe.OdooConnection connection = odoo.check();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("odoo")
            .up()
            .withData("reachable", connection.reachable())
            .withData("circuit", connection.circuit())
            .withData("transport", connection.transport());
    if (connection.version() != null) {
      response.withData("version", connection.version());
    }
    if (connection.error() != null) {
      response.withData("error", connection.error());
    }
    return response.build();
  }
}
