package net.orderbridge.sync.push;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.logging.Logger;
import net.orderbridge.shared.security.Roles;

/** Stopping and starting the automatic push for every instance (an Odoo maintenance window). */
@Path("/sync/push")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYNC_OPERATOR)
public class PushSwitchResource {
  private static final Logger LOG = Logger.getLogger(PushSwitchResource.class.getName());

  private final PushSwitch pushSwitch;
  private final PushDrain drain;

  @Inject
  public PushSwitchResource(PushSwitch pushSwitch, PushDrain drain) {
    this.pushSwitch = pushSwitch;
    this.drain = drain;
  }

  /** For CDI's client proxy. */
  public PushSwitchResource() {
    this(null, null);
  }

  @Context SecurityContext caller;

  @GET
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public PushSwitch.Standing status() {
    return pushSwitch.standing();
  }

  @POST
  @Path("start")
  public PushSwitch.Standing start() {
    turn(true);
    drain.wake();
    return status();
  }

  @POST
  @Path("stop")
  public PushSwitch.Standing stop() {
    turn(false);
    return status();
  }

  private void turn(boolean enabled) {
    String by = caller.getUserPrincipal().getName();
    pushSwitch.turn(enabled, by);
    LOG.info(() -> "Automatic push " + (enabled ? "started" : "stopped") + " by " + by);
  }
}
