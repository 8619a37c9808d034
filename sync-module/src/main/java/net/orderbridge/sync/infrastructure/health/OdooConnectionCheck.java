package net.orderbridge.sync.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.orderbridge.sync.application.odoo.OdooClient;
import net.orderbridge.sync.application.odoo.OdooServerVersion;
import net.orderbridge.sync.application.push.CircuitWatch;
import net.orderbridge.sync.application.status.OdooConnectionProbe;
import net.orderbridge.sync.infrastructure.odoo.OdooClientFactory;
import net.orderbridge.sync.infrastructure.odoo.OdooConnectionSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Asks Odoo for its version (no credentials needed) through the gateway, at most once per {@code
 * sync.status.odoo-check-ttl}: readiness probes, status calls, metrics and every attribute a JMX
 * console reads share that answer instead of each sending Odoo a call. The circuit is read fresh
 * each time; only Odoo's answer is kept.
 */
@ApplicationScoped
public class OdooConnectionCheck implements OdooConnectionProbe {
  @Inject OdooClient odoo;
  @Inject CircuitWatch circuit;
  @Inject Config config;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "sync.status.odoo-check-ttl", defaultValue = "PT5S")
  Duration ttl;

  private volatile OdooServerVersion known;
  private volatile Answer last;

  /** What Odoo's gateway said at {@code at}. */
  private record Answer(Instant at, boolean reachable, boolean circuitOpen, String error) {}

  @Override
  public OdooConnection check() {
    Answer answer = current();
    String circuitState = answer.circuitOpen() ? CircuitWatch.OPEN : circuit.state();
    return new OdooConnection(
        answer.reachable(),
        circuitState,
        known == null ? null : known.version(),
        transport(),
        answer.error());
  }

  private Answer current() {
    Answer answer = last;
    if (fresh(answer)) {
      return answer;
    }
    synchronized (this) {
      answer = last;
      if (!fresh(answer)) {
        answer = ask();
        last = answer;
      }
      return answer;
    }
  }

  private boolean fresh(Answer answer) {
    return answer != null && clock.instant().isBefore(answer.at().plus(ttl));
  }

  private Answer ask() {
    try {
      known = odoo.version();
      return new Answer(clock.instant(), true, false, null);
    } catch (CircuitBreakerOpenException open) {
      return new Answer(clock.instant(), false, true, "circuit open");
    } catch (RuntimeException unreachable) {
      return new Answer(
          clock.instant(),
          false,
          false,
          unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
    }
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
