package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook notifier against a real HTTP listener on a free local port. */
class WebhookNotifierTest {
  private static final String SECRET = "alert-test-secret";
  private static final Alert FIRING =
      new Alert(
          7,
          "odoo-authentication-refused",
          AlertLevel.CRITICAL,
          AlertState.FIRING,
          "Odoo refuses our credentials",
          Map.of("transport", "JSON2"),
          Instant.parse("2026-12-07T10:00:00Z"),
          Instant.parse("2026-12-07T10:00:30Z"),
          null);

  private record Received(String body, String signature, String contentType) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer listener;
  private volatile int answer = 200;

  @BeforeEach
  void listen() throws IOException {
    listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    listener.createContext(
        "/hooks/alerts",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  new String(body, StandardCharsets.UTF_8),
                  exchange.getRequestHeaders().getFirst(WebhookNotifier.SIGNATURE),
                  exchange.getRequestHeaders().getFirst("Content-Type")));
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
        });
    listener.start();
  }

  @AfterEach
  void stop() {
    listener.stop(0);
  }

  private WebhookNotifier notifier(Optional<String> secret) {
    return new WebhookNotifier(
        Optional.of("http://127.0.0.1:" + listener.getAddress().getPort() + "/hooks/alerts"),
        secret);
  }

  @Test
  void postsOneSlackCompatibleMessageNamingTheLevelAndStateSignedWithTheSecret() throws Exception {
    notifier(Optional.of(SECRET)).send(FIRING, AlertState.FIRING);

    assertThat(received).hasSize(1);
    Received post = received.get(0);
    assertThat(post.contentType()).isEqualTo("application/json");
    JsonNode body = new ObjectMapper().readTree(post.body());
    assertThat(body.get("text").asText())
        .isEqualTo("[CRITICAL] FIRING odoo-authentication-refused: Odoo refuses our credentials");
    assertThat(body.at("/alert/level").asText()).isEqualTo("CRITICAL");
    assertThat(body.at("/alert/state").asText()).isEqualTo("FIRING");
    assertThat(body.at("/alert/id").asLong()).isEqualTo(7);
    assertThat(body.at("/alert/evidence/transport").asText()).isEqualTo("JSON2");
    assertThat(body.at("/attachments/0/fields").findValuesAsText("title"))
        .contains("alert", "level", "state", "transport");

    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        "sha256="
            + HexFormat.of().formatHex(mac.doFinal(post.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(post.signature()).isEqualTo(expected);
  }

  @Test
  void aResolutionIsItsOwnPostAndNoSecretMeansNoSignature() throws Exception {
    Alert resolved =
        new Alert(
            7,
            FIRING.name(),
            FIRING.level(),
            AlertState.RESOLVED,
            FIRING.summary(),
            FIRING.evidence(),
            FIRING.firstSeen(),
            FIRING.lastSeen(),
            Instant.parse("2026-12-07T10:05:00Z"));
    notifier(Optional.empty()).send(resolved, AlertState.RESOLVED);

    assertThat(received).hasSize(1);
    JsonNode body = new ObjectMapper().readTree(received.get(0).body());
    assertThat(body.get("text").asText()).startsWith("[CRITICAL] RESOLVED ");
    assertThat(body.at("/alert/resolvedAt").asText()).isEqualTo("2026-12-07T10:05:00Z");
    assertThat(received.get(0).signature()).isNull();
  }

  @Test
  void anAnswerOtherThan2xxIsAFailedDelivery() {
    answer = 500;
    assertThatThrownBy(() -> notifier(Optional.empty()).send(FIRING, AlertState.FIRING))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("500");
  }
}
