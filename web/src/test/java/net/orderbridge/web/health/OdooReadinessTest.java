package net.orderbridge.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import net.orderbridge.sync.status.OdooConnectionProbe.OdooConnection;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class OdooReadinessTest {

  @Test
  void theOpenReadinessSaysWhetherOdooAnswersButNotWhereItIsOrWhatFailed() {
    PlainHealthResponses.install();
    OdooReadiness readiness = new OdooReadiness();
    readiness.odoo =
        () ->
            new OdooConnection(
                false,
                "OPEN",
                "19.0",
                "JSON2",
                "cannot connect to Odoo: ConnectException on https://erp.internal.example:8069/json/2");

    HealthCheckResponse response = readiness.call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getData()).isPresent();
    assertThat(response.getData().get())
        .containsEntry("reachable", false)
        .containsEntry("circuit", "OPEN")
        .doesNotContainKeys("error", "version", "transport");
    assertThat(response.getData().get().values().toString()).doesNotContain("erp.internal");
  }
}
