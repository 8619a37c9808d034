package net.orderbridge.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import net.orderbridge.web.problem.Problem;

/**
 * Enforces {@link RolesAllowed} on resource methods (or their class) and answers a 403 problem
 * document when the authenticated caller holds none of the roles. A resource without the annotation
 * is open to every authenticated caller.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleAuthorizationFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed == null) {
      return;
    }
    SecurityContext caller = request.getSecurityContext();
    if (Arrays.stream(allowed.value()).noneMatch(caller::isUserInRole)) {
      request.abortWith(
          Problem.of(
                  "forbidden",
                  "Forbidden",
                  403,
                  "This operation needs one of the roles "
                      + String.join(", ", allowed.value())
                      + ".",
                  null)
              .toResponse());
    }
  }
}
