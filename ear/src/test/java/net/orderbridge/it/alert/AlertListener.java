package net.orderbridge.it.alert;

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

/**
 * The alert ITs' side of the IT server's notifiers: the webhook listener on {@code
 * orderbridge.it.alert.webhook.port} (the server's {@code ALERT_WEBHOOK_URL}), which records each
 * POST and whether its HMAC signature is right, and reads of {@code GET /api/sync/alerts}.
 */
final class AlertListener implements AutoCloseable {
  static final String SECRET = "it-alert-webhook-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  record Post(JsonNode body, boolean signedRight) {}

  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  private AlertListener(HttpServer server) {
    this.server = server;
  }

  static AlertListener start() throws IOException {
    int port = Integer.getInteger("orderbridge.it.alert.webhook.port", 18099);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    AlertListener listener = new AlertListener(server);
    server.createContext(
        "/alerts",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String signature = exchange.getRequestHeaders().getFirst("X-Orderbridge-Signature");
          listener.posts.add(
              new Post(JSON.readTree(body), ("sha256=" + hmac(body)).equals(signature)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return listener;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** The POSTs of one alert (by id) announcing this state. */
  List<Post> postsOf(long id, String state) {
    return posts.stream()
        .filter(p -> p.body().at("/alert/id").asLong() == id)
        .filter(p -> p.body().at("/alert/state").asText().equals(state))
        .toList();
  }

  /** The alerts of this name {@code GET /api/sync/alerts} lists, as the caller reads them. */
  static List<JsonNode> alertsNamed(Api caller, String name) {
    JsonNode list = caller.get("/api/sync/alerts").ok();
    return StreamSupport.stream(list.spliterator(), false)
        .filter(a -> a.get("name").asText().equals(name))
        .toList();
  }

  /** The firing alert of this name, if one is. */
  static Optional<JsonNode> firing(String name) {
    return alertsNamed(Api.operator(), name).stream()
        .filter(a -> a.get("state").asText().equals("FIRING"))
        .findFirst();
  }

  /** The alert of this name and id, as the list shows it now. */
  static Optional<JsonNode> alert(String name, long id) {
    return alertsNamed(Api.operator(), name).stream()
        .filter(a -> a.get("id").asLong() == id)
        .findFirst();
  }

  /**
   * Polls once a second (each poll's calls are what the Odoo conditions read) until the alert of
   * this name fires; returns it.
   */
  static JsonNode awaitFiringAfterPolls(String name, Duration atMost) {
    return await()
        .atMost(atMost)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              pollNow();
              return firing(name);
            },
            Optional::isPresent)
        .orElseThrow();
  }

  /** Polls once a second until the alert of this name and id is resolved; returns it. */
  static JsonNode awaitResolvedAfterPolls(String name, long id) {
    return await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              pollNow();
              return alert(name, id);
            },
            a -> a.isPresent() && a.get().get("state").asText().equals("RESOLVED"))
        .orElseThrow();
  }

  /**
   * Asks for a poll, which calls Odoo unless the circuit refuses it; its outcome does not matter.
   */
  static void pollNow() {
    Api.operator().post("/api/sync/pull", "");
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
}
