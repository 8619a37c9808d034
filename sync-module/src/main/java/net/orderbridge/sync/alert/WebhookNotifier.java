package net.orderbridge.sync.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts each transition to {@code ALERT_WEBHOOK_URL} as JSON a Slack or Mattermost incoming webhook
 * takes: {@code text} (the one-line title), {@code attachments} with the facts as fields (both
 * render them), and {@code alert} with the same facts for a machine. With {@code
 * ALERT_WEBHOOK_SECRET} the body is signed: {@code X-Orderbridge-Signature: sha256=<hex of
 * HMAC-SHA256(secret, body)>}. Any answer but 2xx is a failed delivery.
 */
@ApplicationScoped
public class WebhookNotifier implements Notifier {
  public static final String NAME = "webhook";
  public static final String SIGNATURE = "X-Orderbridge-Signature";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Optional<String> url;
  private final Optional<String> secret;
  private final HttpClient http;

  @Inject
  public WebhookNotifier(
      @ConfigProperty(name = "ALERT_WEBHOOK_URL") Optional<String> url,
      @ConfigProperty(name = "ALERT_WEBHOOK_SECRET") Optional<String> secret) {
    this.url = url.map(String::trim).filter(u -> !u.isEmpty());
    this.secret = secret.filter(s -> !s.isEmpty());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** For CDI's client proxy. */
  protected WebhookNotifier() {
    this.url = null;
    this.secret = null;
    this.http = null;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured() {
    return url.isPresent();
  }

  @Override
  public void send(Alert alert, AlertState event) throws IOException, InterruptedException {
    byte[] body = body(alert, event);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url.orElseThrow()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    secret.ifPresent(s -> request.header(SIGNATURE, "sha256=" + hmac(s, body)));
    HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    if (answer.statusCode() / 100 != 2) {
      throw new IOException("the webhook answered HTTP " + answer.statusCode());
    }
  }

  static byte[] body(Alert alert, AlertState event) throws IOException {
    Map<String, String> facts = AlertMessage.facts(alert, event);
    Map<String, Object> structured = new LinkedHashMap<>(facts);
    structured.put("id", alert.id());
    structured.put("summary", alert.summary());
    structured.put("evidence", alert.evidence());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", AlertMessage.title(alert, event));
    body.put(
        "attachments",
        List.of(
            Map.of(
                "color", color(alert, event),
                "fallback", AlertMessage.title(alert, event),
                "fields",
                    facts.entrySet().stream()
                        .map(f -> Map.of("title", f.getKey(), "value", f.getValue(), "short", true))
                        .toList())));
    body.put("alert", structured);
    return JSON.writeValueAsBytes(body);
  }

  private static String color(Alert alert, AlertState event) {
    if (event == AlertState.RESOLVED) {
      return "good";
    }
    return switch (alert.level()) {
      case CRITICAL -> "danger";
      case WARNING -> "warning";
      case INFO -> "#439FE0";
    };
  }

  static String hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", impossible);
    }
  }
}
