package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"16.0", "17.0", "18.0", "19.0"})
  void fieldsStatesAndTransportsFollowTheVersion(String version) throws Exception {
    try (OdooSimulator sim =
        OdooSimulator.builder().port(0).version(version).apiKey("k").build().start()) {
      Rpc rpc = new Rpc(sim, "admin");
      boolean v19 = version.equals("19.0");
      Map<?, ?> info = (Map<?, ?>) rpc.xmlrpc("/xmlrpc/2/common", "version", List.of());
      assertThat(info.get("server_version")).isEqualTo(version);

      Map<?, ?> lineFields =
          (Map<?, ?>)
              rpc.execute(
                  "purchase.order.line",
                  "fields_get",
                  List.of(),
                  Map.of("attributes", List.of("type")));
      assertThat(lineFields.containsKey("product_uom_id")).isEqualTo(v19);
      assertThat(lineFields.containsKey("tax_ids")).isEqualTo(v19);
      assertThat(lineFields.containsKey("product_uom")).isEqualTo(!v19);
      assertThat(lineFields.containsKey("taxes_id")).isEqualTo(!v19);

      int id =
          (Integer)
              rpc.execute(
                  "purchase.order",
                  "create",
                  Map.of(
                      "partner_id",
                      10,
                      "order_line",
                      List.of(List.of(0, 0, Map.of("product_id", 5, "product_qty", 2)))));
      rpc.execute("purchase.order", "button_confirm", List.of(id));
      try {
        rpc.execute("purchase.order", "button_lock", List.of(id));
      } catch (Rpc.Fault none) {
        assertThat(none.getMessage())
            .endsWith("cannot marshal None unless allow_none is enabled\n");
      }
      List<?> rows =
          (List<?>)
              rpc.execute(
                  "purchase.order",
                  "read",
                  List.of(List.of(id)),
                  Map.of("fields", v19 ? List.of("state", "locked") : List.of("state")));
      Map<?, ?> row = (Map<?, ?>) rows.get(0);
      assertThat(row.get("state")).isEqualTo(v19 ? "purchase" : "done");
      if (v19) {
        assertThat(row.get("locked")).isEqualTo(true);
      }
      List<?> lines =
          (List<?>)
              rpc.execute(
                  "purchase.order.line",
                  "search_read",
                  List.of(List.of(List.of("order_id", "=", id))),
                  Map.of());
      Map<?, ?> line = (Map<?, ?>) lines.get(0);
      assertThat(line.get(v19 ? "product_uom_id" : "product_uom")).isEqualTo(List.of(1, "Units"));

      HttpResponse<String> json2 =
          rpc.json2("k", "purchase.order", "search_count", "{\"domain\": []}");
      assertThat(json2.statusCode()).isEqualTo(v19 ? 200 : 404);
      HttpResponse<String> web =
          rpc.http.send(
              HttpRequest.newBuilder(URI.create(sim.url() + "/web/version")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(web.body()).contains("\"version\":\"" + version + "\"");
      HttpResponse<String> jsonVersion =
          rpc.http.send(
              HttpRequest.newBuilder(URI.create(sim.url() + "/json/version")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(jsonVersion.statusCode())
          .as("/json/version came with JSON-2")
          .isEqualTo(v19 ? 200 : 404);
      assertThat(sim.requests())
          .containsEntry("json2", 1L)
          .containsEntry("version", 2L)
          .hasEntrySatisfying("xmlrpc", n -> assertThat(n).isGreaterThan(5L));
    }
  }
}
