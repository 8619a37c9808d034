package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call counters, back-dated transactions and admin calls that benchmarks and tests use. */
class CallsAndTimeTest {
  @RegisterExtension
  static final OdooSimulatorExtension ODOO = new OdooSimulatorExtension(b -> b.apiKey("k3y"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private Rpc rpc;

  @BeforeEach
  void setUp() {
    ODOO.simulator().reset();
    rpc = new Rpc(ODOO.simulator(), "admin");
  }

  @Test
  void clientCallsAreCountedByModelAndMethodButTheStoreAndAdminCallsAreNot() throws Exception {
    rpc.execute("purchase.order", "search", List.of(List.of()), Map.of());
    rpc.execute("purchase.order", "search", List.of(List.of()), Map.of());
    rpc.execute("purchase.order", "read", List.of(List.of(1)), Map.of("fields", List.of("name")));
    assertThat(rpc.json2("k3y", "res.partner", "search", "{\"domain\": []}").statusCode())
        .isEqualTo(200);
    ODOO.simulator().store().count("purchase.order", List.of());
    rpc.admin(
        "POST",
        "/__admin/execute",
        "{\"model\": \"purchase.order\", \"method\": \"search_count\", \"args\": {\"domain\": []}}");

    JsonNode calls = JSON.readTree(rpc.admin("GET", "/__admin/calls", "").body());
    assertThat(calls.get("requests").asLong()).isEqualTo(4);
    assertThat(calls.get("requestsByTransport").get("xmlrpc").asLong()).isEqualTo(3);
    assertThat(calls.get("requestsByTransport").get("json2").asLong()).isEqualTo(1);
    assertThat(ODOO.simulator().requests())
        .as("the simulator's per-transport counts are the same counter")
        .containsExactly(Map.entry("xmlrpc", 3L), Map.entry("json2", 1L), Map.entry("version", 0L));
    assertThat(calls.get("calls").asLong()).isEqualTo(4);
    assertThat(calls.get("byMethod").get("purchase.order search").asLong()).isEqualTo(2);
    assertThat(calls.get("byMethod").get("purchase.order read").asLong()).isEqualTo(1);
    assertThat(calls.get("byMethod").get("res.partner search").asLong()).isEqualTo(1);
    assertThat(ODOO.simulator().calls().calls()).isEqualTo(4);

    ODOO.simulator().faults().failNext(1, 503);
    assertThat(rpc.json2("k3y", "res.partner", "search", "{\"domain\": []}").statusCode())
        .isEqualTo(503);
    assertThat(ODOO.simulator().calls().requests()).as("a faulted request counts").isEqualTo(5);
    assertThat(ODOO.simulator().requests().get("json2")).isEqualTo(2);
    assertThat(ODOO.simulator().calls().calls()).as("but calls nothing").isEqualTo(4);

    rpc.admin("POST", "/__admin/calls/reset", "");
    assertThat(ODOO.simulator().calls().requests()).isZero();
    assertThat(ODOO.simulator().requests()).containsOnlyKeys("xmlrpc", "json2", "version");
    assertThat(ODOO.simulator().requests().values()).containsOnly(0L);
    assertThat(ODOO.simulator().calls().byMethod()).isEmpty();
  }

  @Test
  void aTransactionStartedEarlierWritesItsStartAsWriteDate() {
    Instant started = Instant.now().minus(90, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS);
    ODOO.simulator().store().write("purchase.order", 1, Map.of("partner_ref", "now"));
    String now = writeDate(1);

    ODOO.simulator()
        .store()
        .startedAt(started)
        .write("purchase.order", 2, Map.of("partner_ref", "long"));

    assertThat(writeDate(2)).isEqualTo(started.toString().replace('T', ' ').replace("Z", ""));
    assertThat(writeDate(2)).isLessThan(now);
    List<Map<String, Object>> older =
        ODOO.simulator()
            .store()
            .searchRead(
                "purchase.order", List.of(List.of("write_date", "<", now)), List.of("partner_ref"));
    assertThat(older).extracting(r -> r.get("partner_ref")).contains("long");
  }

  @Test
  void theAdminEndpointRunsAnyMethodAsTheAdminUserWithAnOptionalStart() throws Exception {
    JsonNode created =
        JSON.readTree(
            rpc.admin(
                    "POST",
                    "/__admin/execute",
                    "{\"model\": \"purchase.order\", \"method\": \"create\","
                        + " \"args\": {\"vals_list\": [{\"partner_id\": 10}, {\"partner_id\": 11}]}}")
                .body());
    int id = created.get("result").get(1).asInt();
    rpc.admin(
        "POST",
        "/__admin/execute",
        "{\"model\": \"purchase.order\", \"method\": \"write\", \"startedAt\": \"2024-05-06 07:08:09\","
            + " \"args\": {\"ids\": ["
            + id
            + "], \"vals\": {\"partner_ref\": \"back-dated\"}}}");

    assertThat(writeDate(id)).isEqualTo("2024-05-06 07:08:09");
    assertThat(ODOO.simulator().store().read("purchase.order", id).get("partner_ref"))
        .isEqualTo("back-dated");
    assertThat(
            rpc.admin("POST", "/__admin/execute", "{\"model\": \"nope\", \"method\": \"read\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(ODOO.simulator().calls().calls()).isZero();
  }

  private static String writeDate(int id) {
    return (String) ODOO.simulator().store().read("purchase.order", id).get("write_date");
  }
}
