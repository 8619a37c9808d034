package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.orderbridge.sync.odoo.OdooCallLog;
import net.orderbridge.sync.odoo.OdooSecret;
import net.orderbridge.sync.odoo.OdooSettings;
import net.orderbridge.sync.push.CircuitWatch;

/**
 * The critical Odoo conditions: {@code odoo-unreachable} (every call fails to reach Odoo, or the
 * circuit is open, for longer than {@code sync.alert.odoo-unreachable.for}) and {@code
 * odoo-authentication-refused}.
 *
 * <p>Both are read from the calls push and pull make anyway ({@link OdooCallLog}), never by asking
 * Odoo again: an evaluation that called Odoo would spend the calls of the flows' own budget, and a
 * fault meant for a push would hit it. Until a call has answered since a refusal the credentials
 * count as refused; before any call they are unknown, and the alert stays as it is. A refusal says
 * which key was refused: where it came from and when it was loaded (a key file is followed, so an
 * operator sees whether a rotation was picked up), never its value.
 */
@ApplicationScoped
public class OdooConditions {
  static final String UNREACHABLE = "odoo-unreachable";
  static final String AUTHENTICATION_REFUSED = "odoo-authentication-refused";

  private final OdooCallLog calls;
  private final CircuitWatch circuit;
  private final AlertSettings settings;
  private final Supplier<OdooSecret.Loading> key;

  @Inject
  public OdooConditions(
      OdooCallLog calls, CircuitWatch circuit, AlertSettings settings, OdooSettings odoo) {
    this(calls, circuit, settings, odoo::key);
  }

  OdooConditions(
      OdooCallLog calls,
      CircuitWatch circuit,
      AlertSettings settings,
      Supplier<OdooSecret.Loading> key) {
    this.calls = calls;
    this.circuit = circuit;
    this.settings = settings;
    this.key = key;
  }

  /** For CDI's client proxy. */
  protected OdooConditions() {
    this(null, null, null, () -> null);
  }

  public List<Observation> observe() {
    List<Observation> seen = new ArrayList<>();
    boolean circuitOpen = CircuitWatch.OPEN.equals(circuit.state());
    Optional<Instant> unreachable = calls.unreachableSince();
    if (unreachable.isPresent() || circuitOpen) {
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("circuit", circuit.state());
      unreachable.ifPresent(since -> evidence.put("unreachableSince", since.toString()));
      calls.lastAnswer().ifPresent(at -> evidence.put("lastAnswer", at.toString()));
      seen.add(
          Observation.holds(
              UNREACHABLE,
              AlertLevel.CRITICAL,
              settings.odooUnreachableFor(),
              circuitOpen ? "The Odoo circuit is open" : "Odoo does not answer",
              evidence));
    } else {
      seen.add(Observation.clear(UNREACHABLE, AlertLevel.CRITICAL));
    }
    credentials().ifPresent(seen::add);
    return seen;
  }

  private Optional<Observation> credentials() {
    Optional<Instant> refused = calls.credentialsRefusedSince();
    if (refused.isPresent()) {
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("refusedSince", refused.get().toString());
      calls.lastRefusal().ifPresent(words -> evidence.put("odooSaid", words));
      refusedKey().ifPresent(loading -> describe(loading, evidence));
      return Optional.of(
          Observation.holds(
              AUTHENTICATION_REFUSED,
              AlertLevel.CRITICAL,
              Duration.ZERO,
              "Odoo refuses our credentials: push and pull stop until the key is replaced",
              evidence));
    }
    if (calls.lastAnswer().isPresent()) {
      return Optional.of(Observation.clear(AUTHENTICATION_REFUSED, AlertLevel.CRITICAL));
    }
    return Optional.empty();
  }

  private Optional<OdooSecret.Loading> refusedKey() {
    try {
      return Optional.ofNullable(key.get());
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private static void describe(OdooSecret.Loading loading, Map<String, Object> evidence) {
    evidence.put("keySource", loading.source());
    if (loading.file() != null) {
      evidence.put("keyFile", loading.file());
    }
    evidence.put("keyLoadedAt", loading.loadedAt().toString());
    if (loading.problem() != null) {
      evidence.put("keyProblem", loading.problem());
    }
  }
}
