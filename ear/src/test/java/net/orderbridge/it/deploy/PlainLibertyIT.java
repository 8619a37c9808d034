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
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
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
  private static final String SERVER = "plain";
  private static final String KEYSTORE_PASSWORD = "plain-it-keystore-secret";
  private static final String OPERATOR = basic("operator", "plain-operator-secret");
  private static final String BUYER = basic("buyer", "plain-buyer-secret");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Path WLP = Path.of(System.getProperty("orderbridge.plain.wlp"));
  private static final Path ROOT = Path.of(System.getProperty("orderbridge.plain.dir"));
  private static final Path USER_DIR = ROOT.resolve("usr");
  private static final Path SERVER_DIR = USER_DIR.resolve("servers/" + SERVER);
  private static final Path KEYSTORE = ROOT.resolve("operator-tls.p12");
  private static final int HTTP_PORT = Integer.getInteger("orderbridge.plain.http.port");
  private static final int HTTPS_PORT = Integer.getInteger("orderbridge.plain.https.port");
  private static final String HTTPS = "https://127.0.0.1:" + HTTPS_PORT;
  private static final String HTTP = "http://127.0.0.1:" + HTTP_PORT;

  private static OdooSimulator odoo;
  private static HttpClient tls;
  private static final HttpClient PLAIN = HttpClient.newHttpClient();

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
    deleteRecursively(ROOT);
    Files.createDirectories(ROOT);
    run(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair",
        "-keystore",
        KEYSTORE.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        KEYSTORE_PASSWORD,
        "-alias",
        "orderbridge",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=orderbridge-plain-it",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1");
    tls = trusting(KEYSTORE);

    server("create");
    // README step: the template's jsp-2.3 is Java EE 8 and can't run beside Jakarta EE 10
    Path serverXml = SERVER_DIR.resolve("server.xml");
    Files.writeString(
        serverXml, Files.readString(serverXml, UTF_8).replace("<feature>jsp-2.3</feature>", ""));
    unzip(Path.of(System.getProperty("orderbridge.plain.zip")), SERVER_DIR);
    Files.copy(
        SERVER_DIR.resolve("examples/orderbridge-users.xml"),
        SERVER_DIR.resolve("configDropins/overrides/orderbridge-users.xml"));
    Files.writeString(
        SERVER_DIR.resolve("server.env"),
        String.join(
            "\n",
            "",
            "HTTP_PORT=" + HTTP_PORT,
            "HTTPS_PORT=" + HTTPS_PORT,
            "HTTPS_ONLY=true",
            "TLS_KEYSTORE=" + KEYSTORE,
            "TLS_KEYSTORE_PASSWORD=" + KEYSTORE_PASSWORD,
            "DB_HOST=127.0.0.1",
            "DB_NAME=" + database,
            "DB_USER=postgres",
            "DB_PASSWORD=plain-database-secret",
            "ODOO_URL=" + odoo.url(),
            "ODOO_DB=odoo",
            "ODOO_USERNAME=admin",
            "ODOO_API_KEY=plain-it-odoo-key",
            "PURCHASER_PASSWORD=plain-buyer-secret",
            "OPERATOR_PASSWORD=plain-operator-secret",
            "AUDITOR_PASSWORD=plain-auditor-secret",
            ""),
        UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    server("start");
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> get(tls, HTTPS + "/health/ready", null).statusCode() == 200);
  }

  @AfterAll
  static void stop() {
    try {
      server("stop");
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
    assertThat(served.getSubjectX500Principal().getName()).isEqualTo("CN=orderbridge-plain-it");
    assertThat(served).isEqualTo(certificateOf(KEYSTORE));
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
    String messages = Files.readString(SERVER_DIR.resolve("logs/messages.log"), UTF_8);

    assertThat(messages).contains("CWWKZ0001I").doesNotContain("Unable to resolve location");
    assertThat(messages.lines().filter(line -> line.contains("CWWKZ0001I")))
        .as("messages.log is JSON once the configuration is read")
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("{\"type\":\"liberty_message\""));
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
                        odoo.store()
                            .searchRead(
                                "purchase.order",
                                List.of(List.of("origin", "=", number)),
                                List.of("name", "order_line")))
                    .hasSize(1));
  }

  @Test
  void aDemoPasswordMakesTheServerNotReadyAndNamesTheVariable() throws Exception {
    Path forgotten = SERVER_DIR.resolve("configDropins/overrides/zz-forgotten-password.xml");
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

  private static HttpClient trusting(Path keystore) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("orderbridge", certificateOf(keystore));
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static X509Certificate certificateOf(Path keystore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keystore)) {
      store.load(in, KEYSTORE_PASSWORD.toCharArray());
    }
    return (X509Certificate) store.getCertificate("orderbridge");
  }

  /** {@code bin/server <action> plain} with the operator's environment: nothing of the build's. */
  private static void server(String action) throws Exception {
    ProcessBuilder command =
        new ProcessBuilder(WLP.resolve("bin/server").toString(), action, SERVER);
    Map<String, String> env = command.environment();
    env.keySet().retainAll(List.of("PATH", "HOME", "LANG", "JAVA_HOME", "TMPDIR"));
    env.put("WLP_USER_DIR", USER_DIR.toString());
    run(command);
  }

  private static void run(String... command) throws Exception {
    run(new ProcessBuilder(command));
  }

  private static void run(ProcessBuilder command) throws Exception {
    Process process = command.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    System.out.print(output);
    assertThat(process.waitFor()).as(String.join(" ", command.command()) + "\n" + output).isZero();
  }

  private static void unzip(Path zip, Path into) throws Exception {
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = into.resolve(entry.getName()).normalize();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
  }
}
