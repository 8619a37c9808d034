package net.orderbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo Odoo keeps its database beside the embedded one: a second run finds the first run's
 * orders, hands out the next ids (not the same ones again) and is the same database ({@code
 * database.uuid}). Before, a second run started from the seed: the same ids for other orders.
 */
class DemoOdooTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path runDir;

  @Test
  void aSecondRunKeepsTheFirstRunsOrdersIdsAndDatabase() throws Exception {
    Map<String, String> first = environment();
    String uuid;
    long created;
    try (DemoOdoo odoo = DemoOdoo.startUnlessConfigured(first, runDir)) {
      uuid =
          call(
              first,
              "ir.config_parameter",
              "search_read",
              "{\"domain\": [[\"key\", \"=\", \"database.uuid\"]], \"fields\": [\"value\"]}");
      created =
          Long.parseLong(
              call(
                      first,
                      "purchase.order",
                      "create",
                      "{\"vals_list\": {\"partner_id\": 11, \"origin\": \"AF-PO-000001@demo\"}}")
                  .trim());
    }

    Map<String, String> second = environment();
    try (DemoOdoo odoo = DemoOdoo.startUnlessConfigured(second, runDir)) {
      assertThat(
              call(
                  second,
                  "ir.config_parameter",
                  "search_read",
                  "{\"domain\": [[\"key\", \"=\", \"database.uuid\"]], \"fields\": [\"value\"]}"))
          .isEqualTo(uuid);
      assertThat(
              call(
                  second,
                  "purchase.order",
                  "search_read",
                  "{\"domain\": [[\"id\", \"=\", " + created + "]], \"fields\": [\"origin\"]}"))
          .contains("AF-PO-000001@demo");
      long next =
          Long.parseLong(
              call(
                      second,
                      "purchase.order",
                      "create",
                      "{\"vals_list\": {\"partner_id\": 11, \"origin\": \"AF-PO-000002@demo\"}}")
                  .trim());
      assertThat(next).isGreaterThan(created);
    }
    assertThat(DemoOdoo.dataFile(runDir)).exists();
  }

  private static Map<String, String> environment() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new HashMap<>(
          Map.of("SIMULATOR_PORT", Integer.toString(socket.getLocalPort()), "HTTP_PORT", "1"));
    }
  }

  /** A JSON-2 call as the demo's integration user; the body as text. */
  private static String call(
      Map<String, String> environment, String model, String method, String body) throws Exception {
    HttpResponse<String> reply =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(environment.get("ODOO_URL") + "/json/2/" + model + "/" + method))
                .header("Authorization", "bearer " + DemoOdoo.DEMO_API_KEY)
                .header("X-Odoo-Database", "odoo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return reply.body();
  }
}
