package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.fault.Faults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {
  @RegisterExtension
  static final OdooSimulatorExtension ODOO = new OdooSimulatorExtension(b -> b.apiKey("k3y"));

  private Rpc rpc;
  private final List<Object> readOrders = List.of(List.of(List.of("id", "=", 1)));

  @BeforeEach
  void setUp() {
    ODOO.simulator().reset();
    rpc = new Rpc(ODOO.simulator(), "admin");
  }

  private Object search(Rpc client) throws Exception {
    return client.execute("purchase.order", "search", readOrders, Map.of());
  }

  private int count(String model) {
    return ODOO.simulator().store().count(model, List.of());
  }

  /** An XML-RPC create of a purchase order with this vendor reference. */
  private static String createBody(String partnerRef) {
    return Rpc.call(
        "execute_kw",
        List.of(
            "odoo",
            2,
            "admin",
            "purchase.order",
            "create",
            List.of(Map.of("partner_id", 10, "partner_ref", partnerRef))));
  }

  private String searchBody() {
    return Rpc.call(
        "execute_kw", List.of("odoo", 2, "admin", "purchase.order", "search", readOrders));
  }

  @Test
  void latencyDelaysEveryCall() throws Exception {
    ODOO.simulator().faults().latency(Duration.ofMillis(200), Duration.ofMillis(50));
    long start = System.nanoTime();
    search(rpc);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void failNextAnswersTheStatusThenRecovers() throws Exception {
    for (int status : new int[] {502, 503, 504}) {
      ODOO.simulator().faults().failNext(2, status);
      assertThat(rpc.post("/xmlrpc/2/object", searchBody(), Duration.ofSeconds(5)).statusCode())
          .isEqualTo(status);
      assertThat(rpc.post("/xmlrpc/2/object", searchBody(), Duration.ofSeconds(5)).statusCode())
          .isEqualTo(status);
      assertThat(rpc.post("/xmlrpc/2/object", searchBody(), Duration.ofSeconds(5)).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void failNextWithConnectionResetClosesTheConnection() throws Exception {
    ODOO.simulator().faults().failNext(1, Faults.CONNECTION_RESET);
    assertThatThrownBy(() -> rpc.post("/xmlrpc/2/object", searchBody(), Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class);
    assertThat(search(rpc)).isEqualTo(List.of(1));
  }

  @Test
  void timeoutHoldsTheResponseAndAppliesNothing() throws Exception {
    ODOO.simulator().faults().holdFor(Duration.ofSeconds(5)).timeoutNext(1);
    int before = count("purchase.order");
    String create =
        Rpc.call(
            "execute_kw",
            List.of(
                "odoo", 2, "admin", "purchase.order", "create", List.of(Map.of("partner_id", 10))));
    assertThatThrownBy(() -> rpc.post("/xmlrpc/2/object", create, Duration.ofMillis(500)))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(count("purchase.order")).isEqualTo(before);
  }

  @Test
  void dropAfterCommitAppliesTheCallButLosesTheAnswer() throws Exception {
    ODOO.simulator().faults().dropResponseAfterCommitNext(1);
    int before = count("purchase.order");
    String create = createBody("LOST-ACK");
    assertThatThrownBy(() -> rpc.post("/xmlrpc/2/object", create, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class);
    assertThat(count("purchase.order")).isEqualTo(before + 1);
    assertThat(
            ODOO.simulator()
                .store()
                .count("purchase.order", List.of(List.of("partner_ref", "=", "LOST-ACK"))))
        .isEqualTo(1);
  }

  @Test
  void aDropAimedAtOneMethodLetsOtherCallsPassAndLosesThatMethodsAnswerOnly() throws Exception {
    ODOO.simulator().faults().dropResponseAfterCommitOfNext("purchase.order create", 1);
    int before = count("purchase.order");

    assertThat(search(rpc)).as("another method passes").isNotNull();
    assertThat(ODOO.simulator().faults().describe().get("dropResponseAfterCommitOf"))
        .isEqualTo(Map.of("purchase.order create", 1));
    String create = createBody("LOST-AIMED");
    assertThatThrownBy(() -> rpc.post("/xmlrpc/2/object", create, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class);
    assertThat(count("purchase.order")).isEqualTo(before + 1);
    assertThat(ODOO.simulator().faults().describe().get("dropResponseAfterCommitOf"))
        .isEqualTo(Map.of("purchase.order create", 0));
    assertThat(search(rpc)).as("spent after one").isNotNull();
  }

  @Test
  void rateLimitAnswers429AboveTheRate() throws Exception {
    ODOO.simulator().faults().rateLimit(5);
    int limited = 0;
    for (int i = 0; i < 20; i++) {
      HttpResponse<byte[]> r = rpc.post("/xmlrpc/2/object", searchBody(), Duration.ofSeconds(5));
      if (r.statusCode() == 429) {
        limited++;
        assertThat(r.headers().firstValue("Retry-After")).contains("1");
      }
    }
    assertThat(limited).isGreaterThanOrEqualTo(10);
  }

  @Test
  void downRefusesCallsAndKeepsTheData() throws Exception {
    Object id = rpc.execute("purchase.order", "create", Map.of("partner_id", 10));
    ODOO.simulator().faults().down(true);
    assertThat(rpc.post("/xmlrpc/2/object", searchBody(), Duration.ofSeconds(5)).statusCode())
        .isEqualTo(503);
    assertThat(rpc.json2("k3y", "purchase.order", "search_count", "{}").statusCode())
        .isEqualTo(503);
    ODOO.simulator().faults().down(false);
    assertThat(rpc.execute("purchase.order", "search", List.of(List.of("id", "=", id))))
        .isEqualTo(List.of(id));
  }

  @Test
  void rejectApiKeyRefusesKeysButNotPasswords() throws Exception {
    ODOO.simulator().faults().rejectApiKey(true);
    HttpResponse<String> r = rpc.json2("k3y", "purchase.order", "search_count", "{\"domain\": []}");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("Invalid apikey");
    Rpc withKey = new Rpc(ODOO.simulator(), "k3y");
    assertThatThrownBy(() -> search(withKey))
        .isInstanceOfSatisfying(Rpc.Fault.class, f -> assertThat(f.code).isEqualTo(3));
    assertThat(search(rpc)).isEqualTo(List.of(1));
    ODOO.simulator().faults().clear();
    assertThat(search(withKey)).isEqualTo(List.of(1));
  }

  @Test
  void aRotatedKeyIsTakenAndTheRevokedOneRefused() throws Exception {
    ODOO.simulator().store().addApiKey(2, "rotated", "k3y-next");
    assertThat(
            rpc.json2("k3y-next", "purchase.order", "search_count", "{\"domain\": []}")
                .statusCode())
        .isEqualTo(200);

    assertThat(ODOO.simulator().store().revokeApiKey("k3y")).isTrue();
    assertThat(ODOO.simulator().store().revokeApiKey("k3y")).isFalse();
    assertThat(rpc.json2("k3y", "purchase.order", "search_count", "{\"domain\": []}").statusCode())
        .isEqualTo(401);
    assertThatThrownBy(() -> search(new Rpc(ODOO.simulator(), "k3y")))
        .isInstanceOfSatisfying(Rpc.Fault.class, f -> assertThat(f.code).isEqualTo(3));
    assertThat(search(new Rpc(ODOO.simulator(), "k3y-next"))).isEqualTo(List.of(1));
  }

  @Test
  void adminEndpointSwitchesFaultsDumpsAndResets() throws Exception {
    HttpResponse<String> set =
        admin("POST", "/__admin/faults/fail-next", "{\"count\": 1, \"status\": 504}");
    assertThat(set.body()).contains("\"failNext\":1");
    assertThat(rpc.post("/xmlrpc/2/object", searchBody(), Duration.ofSeconds(5)).statusCode())
        .isEqualTo(504);
    admin("POST", "/__admin/faults/down", "{\"down\": true}");
    assertThat(admin("GET", "/__admin/state", "").body())
        .contains("\"purchase.order\"")
        .contains("\"down\":true");
    admin("POST", "/__admin/faults/clear", "");
    rpc.execute("purchase.order", "create", Map.of("partner_id", 10));
    assertThat(count("purchase.order")).isEqualTo(11);
    assertThat(admin("POST", "/__admin/reset", "").statusCode()).isEqualTo(200);
    assertThat(count("purchase.order")).isEqualTo(10);
    for (String path :
        List.of("latency", "timeout-next", "drop-next", "rate-limit", "reject-api-key")) {
      assertThat(admin("POST", "/__admin/faults/" + path, "{}").statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> admin(String method, String path, String body) throws Exception {
    return rpc.admin(method, path, body);
  }
}
