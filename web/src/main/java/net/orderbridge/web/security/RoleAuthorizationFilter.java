package net.orderbridge.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import net.orderbridge.web.problem.Problem;

/**
 * Deny by default: a resource method runs only for the callers its {@link RolesAllowed} names, or
 * for everybody with {@link PermitAll}; the method's annotation wins over its class's. A method
 * that declares nothing, or {@link DenyAll}, answers 403 to every caller (the architecture tests
 * also refuse such a method at build time). Refusals are 403 problem documents.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleAuthorizationFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext caller = request.getSecurityContext();
    refusal(resource.getResourceMethod(), resource.getResourceClass(), caller::isUserInRole)
        .ifPresent(detail -> request.abortWith(forbidden(detail)));
  }

  /**
   * Why a caller holding the roles {@code callerHolds} accepts may not call {@code method} of
   * {@code resourceClass}, or empty when it may.
   */
  static Optional<String> refusal(
      Method method, Class<?> resourceClass, Predicate<String> callerHolds) {
    AnnotatedElement declaring = declaresRoles(method) ? method : resourceClass;
    if (declaring.isAnnotationPresent(PermitAll.class)) {
      return Optional.empty();
    }
    RolesAllowed allowed = declaring.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      return Optional.of("This operation is open to nobody.");
    }
    if (Arrays.stream(allowed.value()).anyMatch(callerHolds)) {
      return Optional.empty();
    }
    return Optional.of(
        "This operation needs one of the roles " + String.join(", ", allowed.value()) + ".");
  }

  private static boolean declaresRoles(AnnotatedElement element) {
    return element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(DenyAll.class);
  }

  private static Response forbidden(String detail) {
    return Problem.of("forbidden", "Forbidden", 403, detail, null).toResponse();
  }
}
