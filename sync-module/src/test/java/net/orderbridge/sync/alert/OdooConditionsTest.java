package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.fixture.MapConfig;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooCallLog;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooSecret;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.push.CircuitWatch;
import org.junit.jupiter.api.Test;

/** The Odoo alerts follow what the flows' own calls met, and never ask Odoo themselves. */
class OdooConditionsTest {
  private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

  private final OdooCallLog calls = new OdooCallLog();
  private final CircuitWatch circuit = new CircuitWatch();
  private static final Instant KEY_LOADED = Instant.parse("2026-12-07T09:30:00Z");
  private final OdooConditions conditions =
      new OdooConditions(
          calls,
          circuit,
          new AlertSettings(new MapConfig(Map.of())),
          () ->
              new OdooSecret.Loading(
                  "ODOO_API_KEY_FILE", "/run/secrets/odoo-key", KEY_LOADED, "the file is empty"));

  @Test
  void beforeAnyCallTheCredentialsAreUnknownAndNothingIsSaidOfThem() {
    assertThat(named(OdooConditions.AUTHENTICATION_REFUSED)).isEmpty();
    assertThat(named(OdooConditions.UNREACHABLE)).singleElement().matches(o -> !o.holds());
  }

  @Test
  void aRefusalHoldsUntilACallIsAnsweredAndTheVersionDoesNotCount() {
    calls.failed(new OdooAuthenticationException(null, "Access Denied"), T);
    calls.reached();
    calls.failed(new OdooAuthenticationException(null, "Access Denied"), T.plusSeconds(5));

    Observation refused = named(OdooConditions.AUTHENTICATION_REFUSED).get(0);
    assertThat(refused.holds()).isTrue();
    assertThat(refused.evidence())
        .containsEntry("refusedSince", T.toString())
        .containsEntry("odooSaid", "Access Denied")
        .as("which key was refused: whether a rotation was picked up, never the key itself")
        .containsEntry("keySource", "ODOO_API_KEY_FILE")
        .containsEntry("keyFile", "/run/secrets/odoo-key")
        .containsEntry("keyLoadedAt", KEY_LOADED.toString())
        .containsEntry("keyProblem", "the file is empty");

    calls.failed(new OdooRejectedException(null, "The order is locked", null), T.plusSeconds(9));

    assertThat(named(OdooConditions.AUTHENTICATION_REFUSED).get(0).holds())
        .as("a business refusal is an answer given to our credentials")
        .isFalse();
  }

  @Test
  void unreachableOrAnOpenCircuitHoldsForTheConfiguredTime() {
    calls.failed(
        new OdooUnavailableException(
            OdooUnavailableException.Outcome.NOT_SENT, null, "connection refused", null),
        T);

    Observation down = named(OdooConditions.UNREACHABLE).get(0);
    assertThat(down.holds()).isTrue();
    assertThat(down.holdFor())
        .isEqualTo(new AlertSettings(new MapConfig(Map.of())).odooUnreachableFor());

    calls.answered(T.plusSeconds(30));
    assertThat(named(OdooConditions.UNREACHABLE).get(0).holds()).isFalse();

    circuit.opened();
    assertThat(named(OdooConditions.UNREACHABLE).get(0).summary()).contains("circuit is open");
  }

  private List<Observation> named(String name) {
    return conditions.observe().stream().filter(o -> o.name().equals(name)).toList();
  }
}
