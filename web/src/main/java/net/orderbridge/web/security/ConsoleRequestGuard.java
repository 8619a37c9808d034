package net.orderbridge.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import net.orderbridge.web.problem.Problem;

/**
 * The console's session lives in cookies, which a browser also sends with a form another site posts
 * here. So a request that changes something and carries no {@code Authorization} header (a
 * cookie-authenticated one, or a sign-in) must carry {@value #HEADER}: {@value #VALUE}, which no
 * other site can add without a CORS permission this server never grants. A request without any
 * credentials (an Odoo webhook, which proves itself by its token, or a caller who is refused with
 * 401 by the authentication) passes on.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 10)
public class ConsoleRequestGuard implements ContainerRequestFilter {
  static final String HEADER = "X-Requested-With";
  static final String VALUE = "OrderBridgeConsole";
  private static final String SIGN_IN = "session/login";
  private static final String SSO_COOKIE = "LtpaToken";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean byCookie =
        servletRequest.getUserPrincipal() != null
            && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
            && request.getCookies().keySet().stream().anyMatch(c -> c.startsWith(SSO_COOKIE));
    if (byCookie && !sessionLasts()) {
      try {
        servletRequest.logout();
      } catch (ServletException alreadyOut) {
        // the session is over either way
      }
      request.abortWith(
          Problem.of(
                  "unauthenticated",
                  "Unauthorized",
                  401,
                  "Your session has ended: sign in again.",
                  null)
              .toResponse());
      return;
    }
    boolean signIn = request.getUriInfo().getPath().replaceFirst("^/", "").startsWith(SIGN_IN);
    if (SAFE.contains(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || !(byCookie || signIn)
        || fromConsole(request)) {
      return; // a caller with no credentials at all gets its 401 from the authentication
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

  /**
   * Liberty's single sign-on cookie outlives the console's session (it lasts its own two hours):
   * the caller it names must still be the one the HTTP session signed in, and that session ends
   * after {@code console.session.timeout} without a request.
   */
  private boolean sessionLasts() {
    HttpSession session = servletRequest.getSession(false);
    try {
      return session != null
          && servletRequest
              .getUserPrincipal()
              .getName()
              .equals(session.getAttribute(SessionResource.SIGNED_IN));
    } catch (IllegalStateException invalidated) {
      return false;
    }
  }

  /** Whether the console sent the request (it wants no Basic challenge: no browser pop-up). */
  static boolean fromConsole(ContainerRequestContext request) {
    return VALUE.equals(request.getHeaderString(HEADER))
        || String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT))
            .contains("text/event-stream");
  }
}
