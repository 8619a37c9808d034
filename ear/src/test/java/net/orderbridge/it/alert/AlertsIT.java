package net.orderbridge.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Odoo refusing our API key, as the calls of a poll meet it, raises the critical alert {@code
 * odoo-authentication-refused}: it shows in {@code GET /api/sync/alerts} and reaches the webhook
 * listener this test runs (the IT server's {@code ALERT_WEBHOOK_URL}), signed, once; when Odoo
 * takes the key again the same alert resolves, and the resolution is one more POST.
 */
class AlertsIT {
  private static final String NAME = "odoo-authentication-refused";
  private static final String SECRET = "it-alert-webhook-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Post(JsonNode body, boolean signedRight) {}

  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private HttpServer listener;

  @BeforeEach
  void listen() throws IOException {
    SyncFixture.odoo();
    int port = Integer.getInteger("orderbridge.it.alert.webhook.port", 18099);
    listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    listener.createContext(
        "/alerts",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String signature = exchange.getRequestHeaders().getFirst("X-Orderbridge-Signature");
          posts.add(new Post(JSON.readTree(body), ("sha256=" + hmac(body)).equals(signature)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    listener.start();
  }

  @AfterEach
  void stop() {
    SyncFixture.odoo().faults().clear();
    listener.stop(0);
  }

  @Test
  void refusedCredentialsFireOneCriticalAlertThatResolvesWhenOdooTakesTheKeyAgain() {
    // an alert left firing by an earlier test resolves first: this test wants its own
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> firing().isEmpty());

    SyncFixture.odoo().faults().rejectApiKey(true);
    // the alert reads the calls the flows make: a poll now is one
    JsonNode fired =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofSeconds(1))
            .until(this::firingAfterAPoll, Optional::isPresent)
            .orElseThrow();
    long id = fired.get("id").asLong();
    assertThat(fired.get("level").asText()).isEqualTo("CRITICAL");
    assertThat(fired.get("summary").asText()).contains("credentials");
    assertThat(fired.hasNonNull("resolvedAt")).isFalse();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(postsOf(id, "FIRING")).hasSize(1));
    Post post = postsOf(id, "FIRING").get(0);
    assertThat(post.signedRight()).as("HMAC of the body with ALERT_WEBHOOK_SECRET").isTrue();
    assertThat(post.body().get("text").asText()).startsWith("[CRITICAL] FIRING " + NAME);
    assertThat(post.body().toString()).doesNotContain("it-odoo-api-key");

    // the condition stays true for several evaluations: still one alert, one POST
    sleep(Duration.ofSeconds(10));
    assertThat(alertsNamed(Api.operator()))
        .filteredOn(a -> a.get("state").asText().equals("FIRING"))
        .hasSize(1);
    assertThat(postsOf(id, "FIRING")).hasSize(1);
    assertThat(alertsNamed(Api.auditor())).as("auditors read alerts").isNotEmpty();
    Api.purchaser().get("/api/sync/alerts").isProblem(403, null);

    SyncFixture.odoo().faults().rejectApiKey(false);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              pollNow();
              JsonNode alert =
                  alertsNamed(Api.operator()).stream()
                      .filter(a -> a.get("id").asLong() == id)
                      .findFirst()
                      .orElseThrow();
              assertThat(alert.get("state").asText()).isEqualTo("RESOLVED");
              assertThat(alert.hasNonNull("resolvedAt")).isTrue();
            });
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(postsOf(id, "RESOLVED")).hasSize(1));
    assertThat(postsOf(id, "RESOLVED").get(0).body().get("text").asText())
        .startsWith("[CRITICAL] RESOLVED " + NAME);
    assertThat(postsOf(id, "FIRING")).hasSize(1);
  }

  private Optional<JsonNode> firingAfterAPoll() {
    pollNow();
    return firing();
  }

  /**
   * Asks for a poll, which calls Odoo unless the circuit refuses it; its outcome does not matter.
   */
  private static void pollNow() {
    Api.operator().post("/api/sync/pull", "");
  }

  private Optional<JsonNode> firing() {
    return alertsNamed(Api.operator()).stream()
        .filter(a -> a.get("state").asText().equals("FIRING"))
        .findFirst();
  }

  private static List<JsonNode> alertsNamed(Api caller) {
    JsonNode list = caller.get("/api/sync/alerts").ok();
    return StreamSupport.stream(list.spliterator(), false)
        .filter(a -> a.get("name").asText().equals(NAME))
        .toList();
  }

  private List<Post> postsOf(long id, String state) {
    return posts.stream()
        .filter(p -> p.body().at("/alert/id").asLong() == id)
        .filter(p -> p.body().at("/alert/state").asText().equals(state))
        .toList();
  }

  private static String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
