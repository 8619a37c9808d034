package net.orderbridge.simulator.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.orderbridge.simulator.Core;
import net.orderbridge.simulator.model.Env;
import net.orderbridge.simulator.model.ModelDef;
import net.orderbridge.simulator.model.PurchaseRules;

/**
 * Odoo's automation rule "Send Webhook Notification" on purchase orders: after the change commits,
 * one JSON POST per record with {@code _model}, {@code _id}, {@code _action} and the chosen fields;
 * 1 s timeout, no retry. Odoo does not sign; with a secret set we add our own {@code
 * X-Odoo-Signature: sha256=<hex HMAC-SHA256 of the body>}.
 */
public final class WebhookSender implements AutoCloseable {
  /** Odoo names the action as "{name}(#{id})". */
  public static final String ACTION = "Send Webhook Notification(#1)";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Core core;
  private final HttpClient client;
  private final ExecutorService executor;

  public WebhookSender(Core core) {
    this.core = core;
    this.executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "odoo-sim-webhook");
              t.setDaemon(true);
              return t;
            });
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  }

  /** Called after a call commits with what it created or wrote. */
  public void send(List<Env.Change> changes) {
    String url = core.config().webhookUrl();
    if (url == null || url.isBlank() || !core.webhooksOn()) {
      return;
    }
    for (Env.Change c : changes) {
      if (c.model().equals(PurchaseRules.ORDER)) {
        byte[] body = payload(c.id());
        if (body != null) {
          executor.execute(() -> post(url, body));
        }
      }
    }
  }

  private byte[] payload(int id) {
    ModelDef def = core.orm().def(PurchaseRules.ORDER);
    List<Map<String, Object>> rows;
    core.orm().store().lock().readLock().lock();
    try {
      rows = core.orm().read(def, List.of(id), core.config().webhookFields());
    } finally {
      core.orm().store().lock().readLock().unlock();
    }
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("_model", PurchaseRules.ORDER);
    body.put("_id", id);
    body.put("_action", ACTION);
    rows.get(0).forEach(body::putIfAbsent);
    try {
      return JSON.writeValueAsBytes(body);
    } catch (Exception e) {
      return null;
    }
  }

  private void post(String url, byte[] body) {
    try {
      HttpRequest.Builder req =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(1))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      String secret = core.config().webhookSecret();
      if (secret != null && !secret.isEmpty()) {
        req.header("X-Odoo-Signature", "sha256=" + sign(secret, body));
      }
      client.send(req.build(), HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      // Odoo logs and forgets: no retry
    }
  }

  /** Hex HMAC-SHA256 of the body. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
