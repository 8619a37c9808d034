package net.orderbridge.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.orderbridge.sync.status.OdooConnectionProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Odoo's reachability and the circuit, as data. Always UP: while Odoo is down the service still
 * takes orders (they wait in the outbox), so taking this instance out of the load balancer would
 * only make things worse.
 *
 * <p>{@code /health} is open and answers every caller alike, so it says only whether Odoo answers:
 * the error text (which can name Odoo's URL, host or database), Odoo's version and the transport
 * are for operators, in {@code GET /api/sync/status}.
 */
@Readiness
@ApplicationScoped
public class OdooReadiness implements HealthCheck {
  @Inject OdooConnectionProbe odoo;

  @Override
  public HealthCheckResponse call() {
    OdooConnectionProbe.OdooConnection connection = odoo.check();
    return HealthCheckResponse.named("odoo")
        .up()
        .withData("reachable", connection.reachable())
        .withData("circuit", connection.circuit())
        .build();
  }
}
