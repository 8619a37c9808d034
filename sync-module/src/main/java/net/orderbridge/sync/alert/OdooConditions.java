package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.push.CircuitWatch;
import net.orderbridge.sync.status.OdooConnectionProbe;
import net.orderbridge.sync.status.OdooConnectionProbe.OdooConnection;

/**
 * The critical Odoo conditions: {@code odoo-unreachable} (the version call fails, or the circuit is
 * open, for longer than {@code sync.alert.odoo-unreachable.for}) and {@code
 * odoo-authentication-refused}.
 *
 * <p>Odoo answers its version without credentials, so reachability says nothing about our key: the
 * credentials are checked with one {@code authenticate} per evaluation (JSON-2 has no such call and
 * checks the key with a one-record {@code res.users} search instead). While Odoo is unreachable or
 * the circuit is open (a refused key opens it) the answer is unknown, and the alert stays as it is
 * rather than resolving on no evidence.
 */
@ApplicationScoped
public class OdooConditions {
  static final String UNREACHABLE = "odoo-unreachable";
  static final String AUTHENTICATION_REFUSED = "odoo-authentication-refused";

  private final OdooConnectionProbe probe;
  private final OdooClient odoo;
  private final AlertSettings settings;

  @Inject
  public OdooConditions(OdooConnectionProbe probe, OdooClient odoo, AlertSettings settings) {
    this.probe = probe;
    this.odoo = odoo;
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  protected OdooConditions() {
    this(null, null, null);
  }

  public List<Observation> observe() {
    List<Observation> seen = new ArrayList<>();
    OdooConnection connection = probe.check();
    boolean circuitOpen = CircuitWatch.OPEN.equals(connection.circuit());
    if (!connection.reachable() || circuitOpen) {
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("circuit", connection.circuit());
      evidence.put("reachable", connection.reachable());
      if (connection.error() != null) {
        evidence.put("error", connection.error());
      }
      seen.add(
          Observation.holds(
              UNREACHABLE,
              AlertLevel.CRITICAL,
              settings.odooUnreachableFor(),
              circuitOpen ? "The Odoo circuit is open" : "Odoo does not answer",
              evidence));
      return seen;
    }
    seen.add(Observation.clear(UNREACHABLE, AlertLevel.CRITICAL));
    credentials(connection).ifPresent(seen::add);
    return seen;
  }

  private Optional<Observation> credentials(OdooConnection connection) {
    try {
      odoo.authenticate();
      return Optional.of(Observation.clear(AUTHENTICATION_REFUSED, AlertLevel.CRITICAL));
    } catch (OdooAuthenticationException refused) {
      return Optional.of(
          Observation.holds(
              AUTHENTICATION_REFUSED,
              AlertLevel.CRITICAL,
              Duration.ZERO,
              "Odoo refuses our credentials: push and pull stop until the key is replaced",
              Map.of(
                  "transport",
                  String.valueOf(connection.transport()),
                  "odooVersion",
                  String.valueOf(connection.version()))));
    } catch (RuntimeException unknown) {
      return Optional.empty();
    }
  }
}
