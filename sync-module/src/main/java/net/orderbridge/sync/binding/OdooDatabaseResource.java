package net.orderbridge.sync.binding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import net.orderbridge.shared.security.Roles;

/**
 * The Odoo database the bindings belong to, and the operator's ways out when another one answers:
 * re-bind every order by its key, or forget the bindings and push every order afresh (both
 * audited).
 */
@Path("/sync/odoo-database")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYNC_OPERATOR)
public class OdooDatabaseResource {
  private final OdooDatabaseGuard guard;
  private final ChangeOfOdooDatabase change;
  private final Event<BindingsRedone> redone;

  @Inject
  public OdooDatabaseResource(
      OdooDatabaseGuard guard, ChangeOfOdooDatabase change, Event<BindingsRedone> redone) {
    this.guard = guard;
    this.change = change;
    this.redone = redone;
  }

  /** For CDI's client proxy. */
  public OdooDatabaseResource() {
    this(null, null, null);
  }

  @Context SecurityContext caller;

  @GET
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public OdooDatabaseStanding standing() {
    return guard.standing();
  }

  /** Checks now which Odoo database answers. */
  @POST
  @Path("check")
  public OdooDatabaseStanding check() {
    return guard.verify();
  }

  @POST
  @Path("rebind")
  public ChangeOfOdooDatabase.Decision rebind() {
    ChangeOfOdooDatabase.Decision decision =
        change.rebindByKey(caller.getUserPrincipal().getName());
    redone.fire(new BindingsRedone());
    return decision;
  }

  @POST
  @Path("forget")
  public ChangeOfOdooDatabase.Decision forget() {
    ChangeOfOdooDatabase.Decision decision =
        change.forgetBindings(caller.getUserPrincipal().getName());
    redone.fire(new BindingsRedone());
    return decision;
  }
}
