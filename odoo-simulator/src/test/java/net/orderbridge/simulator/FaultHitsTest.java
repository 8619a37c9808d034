package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.fault.Faults;
import net.orderbridge.simulator.fault.Faults.Hit;
import net.orderbridge.simulator.fault.Faults.Kind;
import net.orderbridge.simulator.fault.Faults.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The record of which calls the faults hit, over both transports and the admin endpoint. */
class FaultHitsTest {
  @RegisterExtension
  static final OdooSimulatorExtension ODOO = new OdooSimulatorExtension(b -> b.apiKey("k3y"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private Rpc rpc;

  @BeforeEach
  void setUp() {
    ODOO.simulator().reset();
    rpc = new Rpc(ODOO.simulator(), "admin");
  }

  private static Faults faults() {
    return ODOO.simulator().faults();
  }

  private static String xmlrpcCall(String model, String method, List<Object> args) {
    return Rpc.call("execute_kw", List.of("odoo", 2, "admin", model, method, args));
  }

  @Test
  void aFailedXmlRpcCallIsRecordedWithItsModelAndMethodAndPassingCallsAreNot() throws Exception {
    faults().failNext(1, 503);
    String create = xmlrpcCall("purchase.order", "create", List.of(Map.of("partner_id", 10)));
    assertThat(rpc.post("/xmlrpc/2/object", create, Duration.ofSeconds(5)).statusCode())
        .isEqualTo(503);
    rpc.execute("res.partner", "search_read", List.of(List.of()), Map.of("fields", List.of("id")));

    assertThat(faults().hits()).containsExactly(new Hit(Kind.FAIL, "purchase.order", "create", 1));
    assertThat(faults().hitsOf(Kind.FAIL))
        .containsExactly(Map.entry(new Target("purchase.order", "create"), 1L));
  }

  @Test
  void json2CallsAreRecordedByTheirPathsModelAndMethod() throws Exception {
    faults().dropResponseAfterCommitNext(1);
    assertThatThrownBy(() -> rpc.json2("k3y", "res.partner", "search_read", "{\"domain\": []}"))
        .isInstanceOf(IOException.class);
    faults().holdFor(Duration.ofMillis(200)).timeoutNext(1);
    assertThatThrownBy(
            () -> rpc.json2("k3y", "purchase.order", "write", "{\"ids\": [1], \"vals\": {}}"))
        .isInstanceOf(IOException.class);

    assertThat(faults().hits())
        .containsExactly(
            new Hit(Kind.TIMEOUT, "purchase.order", "write", 1),
            new Hit(Kind.DROP_AFTER_COMMIT, "res.partner", "search_read", 1));
  }

  @Test
  void aDropAimedAtOneMethodIsRecordedOnThatMethodOnly() throws Exception {
    faults().dropResponseAfterCommitOfNext("purchase.order create", 1);
    rpc.execute("purchase.order", "search", List.of(List.of()), Map.of());
    String create = xmlrpcCall("purchase.order", "create", List.of(Map.of("partner_id", 10)));
    assertThatThrownBy(() -> rpc.post("/xmlrpc/2/object", create, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class);

    assertThat(faults().hits())
        .containsExactly(new Hit(Kind.DROP_AFTER_COMMIT, "purchase.order", "create", 1));
  }

  @Test
  void latencyIsRecordedForEveryCallItDelayed() throws Exception {
    faults().latency(Duration.ofMillis(1), Duration.ZERO);
    rpc.execute("purchase.order", "search", List.of(List.of()), Map.of());
    rpc.execute("purchase.order", "search", List.of(List.of()), Map.of());
    assertThat(rpc.json2("k3y", "product.product", "search_count", "{}").statusCode())
        .isEqualTo(200);

    assertThat(faults().hitsOf(Kind.LATENCY))
        .containsExactly(
            Map.entry(new Target("product.product", "search_count"), 1L),
            Map.entry(new Target("purchase.order", "search"), 2L));
  }

  @Test
  void callsThatNameNoModelAreRecordedWithTheirMethodOnly() throws Exception {
    faults().down(true);
    assertThat(
            rpc.post(
                    "/xmlrpc/2/common",
                    Rpc.call("authenticate", List.of("odoo", "admin", "k3y", Map.of())),
                    Duration.ofSeconds(5))
                .statusCode())
        .isEqualTo(503);
    assertThat(rpc.post("/xmlrpc/2/object", "<not xml", Duration.ofSeconds(5)).statusCode())
        .isEqualTo(503);
    faults().down(false).failNext(1, 502);
    assertThat(rpc.admin("GET", "/web/version", "").statusCode()).isEqualTo(502);

    assertThat(faults().hits())
        .containsExactly(
            new Hit(Kind.FAIL, null, "version", 1),
            new Hit(Kind.DOWN, null, null, 1),
            new Hit(Kind.DOWN, null, "authenticate", 1));
  }

  @Test
  void aRefusedKeyIsRecordedOnTheCallItRefusedAndPasswordsAreNot() throws Exception {
    faults().rejectApiKey(true);
    assertThat(rpc.json2("k3y", "purchase.order", "write", "{\"ids\": [1], \"vals\": {}}"))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(401));
    assertThat(rpc.json2("wrong", "purchase.order", "write", "{\"ids\": [1], \"vals\": {}}"))
        .as("a wrong key is refused anyway: not the fault's doing")
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(401));
    Rpc withKey = new Rpc(ODOO.simulator(), "k3y");
    assertThatThrownBy(
            () ->
                withKey.execute("purchase.order", "button_confirm", List.of(List.of(1)), Map.of()))
        .isInstanceOf(Rpc.Fault.class);
    assertThat(
            withKey.xmlrpc(
                "/xmlrpc/2/common", "authenticate", List.of("odoo", "admin", "k3y", Map.of())))
        .isEqualTo(false);
    rpc.execute("purchase.order", "search", List.of(List.of()), Map.of());

    assertThat(faults().hitsOf(Kind.REJECT_API_KEY))
        .containsExactly(
            Map.entry(new Target(null, "authenticate"), 1L),
            Map.entry(new Target("purchase.order", "button_confirm"), 1L),
            Map.entry(new Target("purchase.order", "write"), 1L));
  }

  @Test
  void theAdminEndpointShowsTheHitsKeepsThemOnClearAndForgetsThemOnRequest() throws Exception {
    rpc.admin("POST", "/__admin/faults/fail-next", "{\"count\": 1, \"status\": 504}");
    assertThat(rpc.json2("k3y", "purchase.order", "create", "{\"vals_list\": []}").statusCode())
        .isEqualTo(504);
    rpc.admin("POST", "/__admin/faults/clear", "");

    JsonNode hits = JSON.readTree(rpc.admin("GET", "/__admin/faults/hits", "").body());
    assertThat(hits.toString())
        .isEqualTo(
            "[{\"fault\":\"FAIL\",\"model\":\"purchase.order\",\"method\":\"create\",\"count\":1}]");
    assertThat(JSON.readTree(rpc.admin("GET", "/__admin/faults", "").body()).get("hits"))
        .isEqualTo(hits);

    assertThat(rpc.admin("DELETE", "/__admin/faults/hits", "").statusCode()).isEqualTo(200);
    assertThat(rpc.admin("GET", "/__admin/faults/hits", "").body()).isEqualTo("[]");
    faults().failNext(1, 503);
    rpc.json2("k3y", "purchase.order", "create", "{\"vals_list\": []}");
    rpc.admin("POST", "/__admin/reset", "");
    assertThat(faults().hits()).as("a reset forgets them").isEmpty();
  }

  @Test
  void aimedFailuresAndTimeoutsHitThatModelMethodOnlyOverBothTransports() throws Exception {
    faults().failNextOf("purchase.order create", 1, 502);
    rpc.execute("ir.config_parameter", "search_read", List.of(List.of()), Map.of());
    assertThat(rpc.json2("k3y", "res.partner", "search_count", "{}").statusCode()).isEqualTo(200);
    assertThat(rpc.json2("k3y", "purchase.order", "create", "{\"vals_list\": []}").statusCode())
        .isEqualTo(502);
    assertThat(rpc.json2("k3y", "purchase.order", "create", "{\"vals_list\": []}").statusCode())
        .as("spent after one")
        .isEqualTo(200);
    faults().holdFor(Duration.ofMillis(200)).timeoutNextOf("purchase.order write", 1);
    rpc.execute("purchase.order", "search", List.of(List.of()), Map.of());
    String write = xmlrpcCall("purchase.order", "write", List.of(List.of(1), Map.of()));
    assertThatThrownBy(() -> rpc.post("/xmlrpc/2/object", write, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class);
    assertThat(faults().describe().get("failNextOf")).isEqualTo(Map.of("purchase.order create", 0));

    assertThat(faults().hits())
        .containsExactly(
            new Hit(Kind.FAIL, "purchase.order", "create", 1),
            new Hit(Kind.TIMEOUT, "purchase.order", "write", 1));
  }

  @Test
  void aimedRefusalsAnswerABusinessErrorOverBothTransportsAndWriteNothing() throws Exception {
    rpc.admin(
        "POST",
        "/__admin/faults/refuse-next-of",
        "{\"modelMethod\": \"purchase.order create\", \"count\": 2}");
    long before = ((Number) rpc.execute("purchase.order", "search_count", List.of())).longValue();
    assertThat(rpc.json2("k3y", "res.partner", "search_count", "{}").statusCode()).isEqualTo(200);
    String vals = "{\"vals_list\": [{\"partner_id\": 11}]}";
    var json2 = rpc.json2("k3y", "purchase.order", "create", vals);
    assertThat(json2.statusCode()).isEqualTo(422);
    assertThat(json2.body()).contains("UserError");
    assertThatThrownBy(
            () -> rpc.execute("purchase.order", "create", List.of(Map.of("partner_id", 11))))
        .isInstanceOfSatisfying(
            Rpc.Fault.class, f -> assertThat(f.code).as("UserError's fault code").isEqualTo(2))
        .hasMessageContaining("refused by the simulator");
    assertThat(((Number) rpc.execute("purchase.order", "search_count", List.of())).longValue())
        .as("nothing written")
        .isEqualTo(before);
    assertThat(rpc.json2("k3y", "purchase.order", "create", vals).statusCode())
        .as("spent after two")
        .isEqualTo(200);

    assertThat(faults().hits())
        .containsExactly(new Hit(Kind.REFUSE, "purchase.order", "create", 2));
    assertThat(faults().clear().describe().get("refuseNextOf")).isEqualTo(Map.of());
  }
}
