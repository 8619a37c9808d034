package net.orderbridge.sync.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.sync.application.webhook.ReceiveWebhook;
import net.orderbridge.sync.infrastructure.webhook.WebhookMetrics;

/**
 * Where Odoo's "Send Webhook Notification" rule posts. Not behind the API's Basic authentication:
 * Odoo can only be given a URL, so the secret token in the path (and an optional HMAC signature)
 * authenticate the sender.
 */
@Path("/sync/webhooks/odoo/{token}")
@PermitAll
@RequestScoped
public class OdooWebhookResource {

  @Inject ReceiveWebhook webhooks;
  @Inject WebhookMetrics metrics;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(
      @PathParam("token") String token,
      @HeaderParam("X-Odoo-Signature") String signature,
      InputStream body) {
    metrics.received();
    try {
      ReceiveWebhook.Outcome outcome = webhooks.receive(token, read(body), signature);
      metrics.accepted();
      return Response.accepted(Map.of("outcome", outcome.name())).build();
    } catch (RuntimeException refused) {
      metrics.rejected();
      throw refused;
    }
  }

  private static byte[] read(InputStream body) {
    try {
      return body.readNBytes(ReceiveWebhook.MAX_BODY_BYTES + 1);
    } catch (IOException unreadable) {
      throw new ApplicationProblem(ProblemType.INVALID_INPUT, "The webhook body cannot be read.");
    }
  }
}
