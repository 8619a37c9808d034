package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class HealthIT {

  @Test
  void readinessReportsDatabaseAndEveryMigratedSchemaWithoutCredentials() {
    Api.Reply reply = Api.anonymous().get("/health/ready");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode database = Api.healthCheck(reply.json(), "database");
    assertThat(database.get("status").asText()).isEqualTo("UP");
    assertThat(database.get("data").fieldNames())
        .toIterable()
        .contains("purchase_order", "supplier", "sync");
  }

  @Test
  void livenessAndStartupAreUp() {
    assertThat(Api.anonymous().get("/health/live").json().get("status").asText()).isEqualTo("UP");
    assertThat(Api.anonymous().get("/health/started").json().get("status").asText())
        .isEqualTo("UP");
  }

  @Test
  void openApiDocumentAndMetricsAreServed() {
    assertThat(Api.anonymous().get("/openapi").status()).isEqualTo(200);
    assertThat(Api.anonymous().get("/metrics").status()).isEqualTo(200);
  }
}
