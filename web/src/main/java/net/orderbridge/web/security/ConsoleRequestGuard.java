package net.orderbridge.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import net.orderbridge.web.problem.Problem;

/**
 * The console's session lives in cookies, which a browser also sends with a form another site posts
 * here. So a request that changes something and carries no {@code Authorization} header (a
 * cookie-authenticated one, or a sign-in) must carry {@value #HEADER}: {@value #VALUE}, which no
 * other site can add without a CORS permission this server never grants. Webhooks from Odoo prove
 * themselves by their token instead.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 10)
public class ConsoleRequestGuard implements ContainerRequestFilter {
  static final String HEADER = "X-Requested-With";
  static final String VALUE = "OrderBridgeConsole";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("sync/webhooks/")
        || fromConsole(request)) {
      return;
    }
    request.abortWith(
        Problem.of(
                "forbidden",
                "Forbidden",
                403,
                "A change without an Authorization header must come from the console (header "
                    + HEADER
                    + ").",
                null)
            .toResponse());
  }

  /** Whether the console sent the request (it wants no Basic challenge: no browser pop-up). */
  static boolean fromConsole(ContainerRequestContext request) {
    return VALUE.equals(request.getHeaderString(HEADER))
        || String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT))
            .contains("text/event-stream");
  }
}
