package net.orderbridge.sync.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import net.orderbridge.sync.application.odoo.OdooClient;
import net.orderbridge.sync.application.odoo.OdooServerVersion;
import net.orderbridge.sync.application.push.CircuitWatch;
import net.orderbridge.sync.application.status.OdooConnectionProbe;
import net.orderbridge.sync.infrastructure.odoo.OdooClientFactory;
import net.orderbridge.sync.infrastructure.odoo.OdooConnectionSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/** Asks Odoo for its version (no credentials needed) through the gateway. */
@ApplicationScoped
public class OdooConnectionCheck implements OdooConnectionProbe {
  @Inject OdooClient odoo;
  @Inject CircuitWatch circuit;
  @Inject Config config;

  private volatile OdooServerVersion known;

  @Override
  public OdooConnection check() {
    boolean reachable;
    String error = null;
    String circuitState = circuit.state();
    try {
      known = odoo.version();
      reachable = true;
    } catch (CircuitBreakerOpenException open) {
      reachable = false;
      circuitState = "OPEN";
      error = "circuit open";
    } catch (RuntimeException unreachable) {
      reachable = false;
      error = unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage();
    }
    return new OdooConnection(
        reachable, circuitState, known == null ? null : known.version(), transport(), error);
  }

  private String transport() {
    try {
      return OdooClientFactory.transportFor(
              OdooConnectionSettings.fromConfig(config), Optional.ofNullable(known))
          .name();
    } catch (RuntimeException misconfigured) {
      return "UNKNOWN";
    }
  }
}
