package net.orderbridge.sync.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * Where Odoo's "Send Webhook Notification" rule posts. Not behind the API's Basic authentication:
 * Odoo can only be given a URL, so the secret token in the path (and an optional HMAC signature)
 * authenticate the sender. The caller's address is the one Liberty sees (behind a proxy, configure
 * Liberty's {@code <remoteIp>} so that it is the sender's).
 */
@Path("/sync/webhooks/odoo/{token}")
@PermitAll
@RequestScoped
public class OdooWebhookResource {
  private static final String PROBLEM_JSON = "application/problem+json";

  private final ReceiveWebhook webhooks;
  private final WebhookMetrics metrics;

  @Inject
  public OdooWebhookResource(ReceiveWebhook webhooks, WebhookMetrics metrics) {
    this.webhooks = webhooks;
    this.metrics = metrics;
  }

  /** For CDI's client proxy. */
  public OdooWebhookResource() {
    this(null, null);
  }

  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(
      @PathParam("token") String token,
      @HeaderParam("X-Odoo-Signature") String signature,
      @HeaderParam(ReceiveWebhook.TIMESTAMP_HEADER) String timestamp,
      InputStream body) {
    metrics.received();
    try {
      ReceiveWebhook.Outcome outcome =
          webhooks.receive(request.getRemoteAddr(), token, read(body), signature, timestamp);
      metrics.accepted();
      if (outcome == ReceiveWebhook.Outcome.ALREADY_QUEUED) {
        metrics.coalesced();
      }
      return Response.accepted(Map.of("outcome", outcome.name())).build();
    } catch (WebhookRefused refused) {
      metrics.rejected();
      metrics.refused(refused.reason());
      WebhookLog.refused(refused);
      return refused
          .retryAfter()
          .map(wait -> retryLater(refused, wait.toSeconds()))
          .orElseThrow(() -> refused);
    } catch (RuntimeException refused) {
      metrics.rejected();
      throw refused;
    }
  }

  /** 429 with {@code Retry-After}: the problem document as the exception mapper writes it. */
  private static Response retryLater(WebhookRefused refused, long seconds) {
    ProblemType type = refused.type();
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "https://orderbridge.net/problems/" + type.slug());
    problem.put("title", type.title());
    problem.put("status", type.status());
    problem.put("detail", refused.getMessage());
    return Response.status(type.status())
        .type(PROBLEM_JSON)
        .header("Retry-After", Math.max(1, seconds))
        .entity(problem)
        .build();
  }

  private static byte[] read(InputStream body) {
    try {
      return body.readNBytes(ReceiveWebhook.MAX_BODY_BYTES + 1);
    } catch (IOException unreadable) {
      throw new ApplicationProblem(ProblemType.INVALID_INPUT, "The webhook body cannot be read.");
    }
  }
}
