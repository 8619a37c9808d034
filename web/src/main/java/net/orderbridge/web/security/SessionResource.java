package net.orderbridge.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.Stream;
import net.orderbridge.shared.security.Roles;

/**
 * Tells callers who they are to this service and which roles they hold: the first check of new
 * credentials.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  /** The authenticated caller. */
  public record SessionView(String user, List<String> roles) {}

  @GET
  @RolesAllowed({Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public SessionView current(@Context SecurityContext caller) {
    List<String> roles =
        Stream.of(Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR)
            .filter(caller::isUserInRole)
            .toList();
    return new SessionView(caller.getUserPrincipal().getName(), roles);
  }
}
