package net.orderbridge.it.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import net.orderbridge.it.Api;
import net.orderbridge.it.FreshDatabase;
import net.orderbridge.simulator.OdooSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Deploying to an existing Liberty server", done as an operator would on a plain Open
 * Liberty: {@code server create}, the template's Java EE feature removed, the built {@code
 * orderbridge-liberty.zip} unzipped into the server, the example registry copied into {@code
 * configDropins/overrides}, the variables in {@code server.env} (a keystore of the operator's own,
 * {@code HTTPS_ONLY=true}), nothing else, not even the build's environment. The server runs from
 * the build's Liberty installation with a user directory of its own, against a simulator of its
 * own. One server start covers: HTTPS served with the configured keystore, plain HTTP refused on
 * {@code /api} but open to probes, no Flyway error in the log, an order placed over HTTPS reaching
 * Odoo, and readiness DOWN, naming the variable, once a demo password comes back.
 */
class PlainLibertyIT {
  private static final String KEYSTORE_PASSWORD = "plain-it-keystore-secret";
  private static final String OPERATOR = basic("operator", "plain-operator-secret");
  private static final String BUYER = basic("buyer", "plain-buyer-secret");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Path ROOT = Path.of(System.getProperty("orderbridge.plain.dir"));
  private static final PlainServer SERVER =
      new PlainServer(
          Path.of(System.getProperty("orderbridge.plain.wlp")), ROOT.resolve("usr"), "plain");
  private static final int HTTP_PORT = Integer.getInteger("orderbridge.plain.http.port");
  private static final int HTTPS_PORT = Integer.getInteger("orderbridge.plain.https.port");
  private static final String HTTPS = "https://127.0.0.1:" + HTTPS_PORT;
  private static final String HTTP = "http://127.0.0.1:" + HTTP_PORT;
  private static final HttpClient PLAIN = Api.client();

  private static OdooSimulator odoo;
  private static OperatorKeystore keystore;
  private static HttpClient tls;

  @BeforeAll
  static void installAsTheReadmeSays() throws Exception {
    String database = System.getProperty("orderbridge.plain.db.name");
    FreshDatabase.main(new String[] {database});
    odoo =
        OdooSimulator.builder()
            .port(0)
            .db("odoo")
            .login("admin")
            .password("admin")
            .apiKey("plain-it-odoo-key")
            .build()
            .start();
    PlainServer.deleteRecursively(ROOT);
    Files.createDirectories(ROOT);
    keystore =
        OperatorKeystore.create(
            ROOT.resolve("operator-tls.p12"), KEYSTORE_PASSWORD, "orderbridge-plain-it");
    tls = keystore.trustingClient();

    SERVER.create();
    // README: the template's jsp-2.3 is Java EE 8 and can't run beside Jakarta EE 10
    SERVER.removeFromServerXml("<feature>jsp-2.3</feature>");
    SERVER.unzip(Path.of(System.getProperty("orderbridge.plain.zip")));
    SERVER.copy("examples/orderbridge-users.xml", "configDropins/overrides/orderbridge-users.xml");
    SERVER.appendToServerEnv(
        List.of(
            "HTTP_PORT=" + HTTP_PORT,
            "HTTPS_PORT=" + HTTPS_PORT,
            "HTTPS_ONLY=true",
            "TLS_KEYSTORE=" + keystore.file(),
            "TLS_KEYSTORE_PASSWORD=" + KEYSTORE_PASSWORD,
            "DB_HOST=127.0.0.1",
            "DB_NAME=" + database,
            "DB_USER=postgres",
            "DB_PASSWORD=plain-database-secret",
            "ODOO_URL=" + odoo.url(),
            "ODOO_DB=odoo",
            "ODOO_USERNAME=admin",
            "ODOO_API_KEY=plain-it-odoo-key",
            "ODOO_READ_TIMEOUT=PT40S",
            "PURCHASER_PASSWORD=plain-buyer-secret",
            "OPERATOR_PASSWORD=plain-operator-secret",
            "AUDITOR_PASSWORD=plain-auditor-secret"));

    SERVER.start();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> get(tls, HTTPS + "/health/ready", null).statusCode() == 200);
  }

  @AfterAll
  static void stop() {
    try {
      SERVER.stop();
    } catch (Exception ignored) {
      // the test's own failure says more
    }
    if (odoo != null) {
      odoo.stop();
    }
  }

  @Test
  void httpsIsServedWithTheOperatorsKeystore() throws Exception {
    HttpResponse<String> session = get(tls, HTTPS + "/api/session", BUYER);

    assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
    X509Certificate served =
        (X509Certificate) session.sslSession().orElseThrow().getPeerCertificates()[0];
    assertThat(served.getSubjectX500Principal().getName()).isEqualTo(keystore.subject());
    assertThat(served).isEqualTo(keystore.certificate());
  }

  @Test
  void plainHttpIsRefusedOnTheApiButOpenToProbes() throws Exception {
    HttpResponse<String> refused = get(PLAIN, HTTP + "/api/session", BUYER);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(refused.body()).get("type").asText()).endsWith("/https-required");
    assertThat(get(PLAIN, HTTP + "/health/ready", null).statusCode()).isEqualTo(200);
  }

  @Test
  void migrationsLogNoError() throws Exception {
    String messages = SERVER.messages();

    assertThat(messages).contains("CWWKZ0001I").doesNotContain("Unable to resolve location");
    assertThat(messages.lines().filter(line -> line.contains("CWWKZ0001I")))
        .as("messages.log is JSON once the configuration is read")
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("{\"type\":\"liberty_message\""));
  }

  /** The operator set ODOO_READ_TIMEOUT=PT40S in server.env: the calls' timeout follows. */
  @Test
  void theFaultToleranceTimeoutFollowsTheReadTimeout() throws Exception {
    assertThat(SERVER.messages())
        .contains("Odoo calls: read timeout 40 s, fault-tolerance timeout 60 s");
  }

  @Test
  void anOrderPlacedOverHttpsReachesOdoo() throws Exception {
    HttpResponse<String> refresh = post(HTTPS + "/api/suppliers/refresh", OPERATOR, "{}");
    assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(200);
    String supplier = idOf(get(tls, HTTPS + "/api/suppliers?size=200", BUYER), 11);
    String chair = idOf(get(tls, HTTPS + "/api/products?size=200", BUYER), 5);

    HttpResponse<String> placed =
        post(
            HTTPS + "/api/purchase-orders",
            BUYER,
            """
            {"supplierId": "%s", "currency": "USD", "notes": "plain Liberty",
             "lines": [{"productId": "%s", "quantity": 2}]}"""
                .formatted(supplier, chair));

    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    String number = JSON.readTree(placed.body()).get("number").asText();
    await()
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () ->
                assertThat(
                        odoo
                            .store()
                            .searchRead(
                                "purchase.order", List.of(), List.of("origin", "order_line"))
                            .stream()
                            .filter(o -> String.valueOf(o.get("origin")).startsWith(number + "@")))
                    .as("the order in Odoo under its key, <number>@<installation>")
                    .hasSize(1));
  }

  @Test
  void aDemoPasswordMakesTheServerNotReadyAndNamesTheVariable() throws Exception {
    Path forgotten = SERVER.dir().resolve("configDropins/overrides/zz-forgotten-password.xml");
    Files.writeString(
        forgotten,
        "<server><variable name=\"AUDITOR_PASSWORD\" value=\"auditor-demo\"/></server>\n",
        UTF_8);
    try {
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(
              () -> {
                HttpResponse<String> ready = get(PLAIN, HTTP + "/health/ready", null);
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("set AUDITOR_PASSWORD");
              });
    } finally {
      Files.delete(forgotten);
    }
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> get(PLAIN, HTTP + "/health/ready", null).statusCode() == 200);
  }

  private static String idOf(HttpResponse<String> page, long odooId) throws Exception {
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    for (JsonNode item : JSON.readTree(page.body()).get("items")) {
      if (item.get("odooId").asLong() == odooId) {
        return item.get("id").asText();
      }
    }
    throw new AssertionError("no Odoo id " + odooId + " in " + page.body());
  }

  private static HttpResponse<String> get(HttpClient client, String url, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String authorization, String json)
      throws Exception {
    return tls.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
  }
}
