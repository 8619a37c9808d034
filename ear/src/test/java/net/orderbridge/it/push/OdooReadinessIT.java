package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.odoo;
import static net.orderbridge.it.push.PushFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import net.orderbridge.it.Api;
import org.junit.jupiter.api.Test;

/**
 * An Odoo that hangs (every call held for 20 s) neither holds nor fails readiness: the probe
 * answers UP at once, saying Odoo has not answered within {@code sync.status.odoo-check-wait},
 * while the question goes on in the background.
 */
class OdooReadinessIT {

  @Test
  void aHangingOdooNeitherHoldsNorFailsReadiness() throws Exception {
    odoo().faults().latency(Duration.ofSeconds(20), Duration.ZERO);
    try {
      // the last answer is at most sync.status.odoo-check-ttl (5 s) old: once it is stale,
      // readiness
      // answers at once, still UP, with Odoo not reachable
      Api.Reply reply =
          await()
              .atMost(Duration.ofSeconds(20))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> Api.anonymous().get("/health/ready"),
                  r -> !Api.healthCheck(r.json(), "odoo").at("/data/reachable").asBoolean(true));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().get("status").asText()).isEqualTo("UP");
      JsonNode data = Api.healthCheck(reply.json(), "odoo").get("data");
      assertThat(data.get("reachable").asBoolean()).isFalse();
      assertThat(data.has("error")).as("no error text for anonymous callers").isFalse();
      assertThat(reply.body()).doesNotContain("127.0.0.1:" + odoo().port());
      // the reason is for operators
      assertThat(operator("GET", "/api/sync/status", null).json().at("/odoo/error").asText())
          .contains("has not answered within PT2S");
    } finally {
      odoo().faults().clear();
    }
  }
}
