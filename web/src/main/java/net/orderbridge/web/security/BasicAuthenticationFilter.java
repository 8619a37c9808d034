package net.orderbridge.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import net.orderbridge.web.abuse.AbuseLimits;
import net.orderbridge.web.abuse.TooManyRequests;
import net.orderbridge.web.problem.Problem;

/**
 * Every {@code /api} request must carry credentials. A caller the container already authenticated
 * without a Basic header (JWT, client certificates configured in {@code server.xml}) passes;
 * otherwise HTTP Basic credentials are checked against the server's user registry with {@link
 * HttpServletRequest#login}. Liberty checks a Basic header on its own before this filter runs, so a
 * request it has authenticated that way still passes the login throttle here. A refusal is a 401
 * problem document with a {@code WWW-Authenticate} challenge, never the container's HTML page.
 * Failed checks are counted per user name and client address ({@link AbuseLimits}): past the bound,
 * attempts are refused with 429 and {@code Retry-After} unchecked.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {
  private static final String BASIC = "Basic ";
  private static final String WEBHOOK_PATH = "sync/webhooks/odoo/";
  private static final String SIGN_IN_PATH = "session/login";

  @Context HttpServletRequest servletRequest;
  @Inject AbuseLimits limits;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPost(request, WEBHOOK_PATH) || isPost(request, SIGN_IN_PATH)) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean basic = header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length());
    if (servletRequest.getUserPrincipal() != null && !basic) {
      return;
    }
    if (!basic) {
      request.abortWith(
          ConsoleRequestGuard.fromConsole(request)
              ? Problem.of(
                      "unauthenticated",
                      "Unauthorized",
                      401,
                      "Your session has ended: sign in again.",
                      null)
                  .toResponse()
              : challenge("This API requires authentication."));
      return;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      request.abortWith(challenge("The Authorization header is malformed."));
      return;
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      request.abortWith(challenge("The Authorization header is malformed."));
      return;
    }
    String user = decoded.substring(0, colon);
    String address = servletRequest.getRemoteAddr();
    Optional<Duration> blocked = limits.loginBlocked(user, address);
    if (blocked.isPresent()) {
      request.abortWith(
          TooManyRequests.after(
              blocked.get(),
              "login-throttled",
              "Too many failed logins for this user or from this address."));
      return;
    }
    if (servletRequest.getUserPrincipal() != null) {
      // Liberty checks Basic credentials sent to any URL itself
      // (useAuthenticationDataForUnprotectedResource); the throttle above still applies
      limits.loginSucceeded(user);
      return;
    }
    try {
      servletRequest.login(user, decoded.substring(colon + 1));
      limits.loginSucceeded(user);
    } catch (ServletException refused) {
      limits.loginFailed(user, address);
      request.abortWith(challenge("The user name or password is wrong."));
    }
  }

  /**
   * Odoo can only be given a URL: webhooks prove themselves with their path token and signature.
   * The console's sign-in checks the credentials it is sent itself (through the same login
   * throttle).
   */
  private static boolean isPost(ContainerRequestContext request, String path) {
    return "POST".equals(request.getMethod())
        && request.getUriInfo().getPath().replaceFirst("^/", "").startsWith(path);
  }

  private static Response challenge(String detail) {
    Problem problem = Problem.of("unauthenticated", "Unauthorized", 401, detail, null);
    return Response.fromResponse(problem.toResponse())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OrderBridge\", charset=\"UTF-8\"")
        .build();
  }
}
