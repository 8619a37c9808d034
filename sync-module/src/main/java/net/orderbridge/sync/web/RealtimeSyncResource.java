package net.orderbridge.sync.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import net.orderbridge.shared.security.Roles;
import net.orderbridge.sync.application.webhook.WebhookGate;
import net.orderbridge.sync.application.webhook.WebhookHints;

/**
 * {@code startRealtimeSync} / {@code stopRealtimeSync}: the webhook fast path, on or off for every
 * instance.
 */
@Path("/sync/realtime")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYNC_OPERATOR)
public class RealtimeSyncResource {

  /** Whether webhooks are configured and accepted. */
  public record RealtimeView(boolean configured, boolean enabled) {}

  @Inject WebhookHints hints;
  @Inject WebhookGate gate;
  @Context SecurityContext caller;

  @GET
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  @Transactional
  public RealtimeView status() {
    return new RealtimeView(gate.credentials().isPresent(), hints.realtimeEnabled());
  }

  @POST
  @Path("start")
  @Transactional
  public RealtimeView start() {
    hints.switchRealtime(true, caller.getUserPrincipal().getName());
    return status();
  }

  @POST
  @Path("stop")
  @Transactional
  public RealtimeView stop() {
    hints.switchRealtime(false, caller.getUserPrincipal().getName());
    return status();
  }
}
