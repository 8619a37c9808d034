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
    for (String schema : new String[] {"purchase_order", "supplier", "sync"}) {
      assertThat(database.get("data").path(schema).asText())
          .as("the version readiness reports for " + schema)
          .isNotEmpty()
          .isEqualTo(
              Database.text(
                  "select version from "
                      + schema
                      + ".flyway_schema_history where success and version is not null"
                      + " order by installed_rank desc limit 1"));
    }
  }

  /**
   * The ITs' client asks for HTTP/2 (the JDK's default, an upgrade on plain HTTP); the server stays
   * at HTTP/1.1 unless HTTP_PROTOCOL says otherwise (Open Liberty issue 24167).
   */
  @Test
  void theServerSpeaksHttp11ToAClientThatOffersHttp2() {
    Api.Reply reply = Api.anonymous().get("/health/live");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.response().version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
  }

  @Test
  void livenessAndStartupAreUp() {
    assertThat(Api.anonymous().get("/health/live").json().get("status").asText()).isEqualTo("UP");
    assertThat(Api.anonymous().get("/health/started").json().get("status").asText())
        .isEqualTo("UP");
  }

  @Test
  void openApiDocumentAndMetricsAreServed() {
    Api.Reply openApi = Api.anonymous().get("/openapi");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body())
        .as("the OpenAPI document of our REST API")
        .contains("openapi: 3")
        .contains("/api/purchase-orders", "/api/sync/status", "/api/sync/alerts");

    Api.Reply metrics = Api.anonymous().get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.contentType()).startsWith("text/plain");
    assertThat(metrics.body())
        .as("the sync's metrics in Prometheus' text format")
        .contains("# TYPE sync_push_backlog gauge", "# TYPE sync_push_latency_seconds summary");
  }
}
