package net.orderbridge.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.binding.OdooDatabaseStanding;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while another Odoo database answers than the one the bindings belong to: push and pull are
 * stopped, and nothing this instance does would reach Odoo until an operator decides. Reads what
 * the guard recorded; asks Odoo nothing. The open probe says why in plain words but names no URL,
 * database or fingerprint: those are in {@code GET /api/sync/status}, for operators.
 */
@Readiness
@ApplicationScoped
public class OdooDatabaseReadiness implements HealthCheck {
  @Inject OdooDatabaseGuard guard;

  @Override
  public HealthCheckResponse call() {
    OdooDatabaseStanding standing = guard.standing();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("odoo-database").status(standing.inStep());
    if (!standing.inStep()) {
      response.withData(
          "problem",
          "Another Odoo database answers than the one the orders are bound to: push and pull are"
              + " stopped until an operator re-binds or forgets the bindings (details in GET"
              + " /api/sync/status)");
    }
    return response.build();
  }
}
