package net.orderbridge.web.security;

import jakarta.annotation.Priority;
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
import java.util.Base64;
import net.orderbridge.web.problem.Problem;

/**
 * Every {@code /api} request must carry credentials. A caller the container already authenticated
 * (LDAP, JWT, client certificates configured in {@code server.xml}) passes; otherwise HTTP Basic
 * credentials are checked against the server's user registry with {@link HttpServletRequest#login}.
 * A refusal is a 401 problem document with a {@code WWW-Authenticate} challenge, never the
 * container's HTML page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {
  private static final String BASIC = "Basic ";
  private static final String WEBHOOK_PATH = "sync/webhooks/odoo/";
  private static final String SIGN_IN_PATH = "session/login";

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest.getUserPrincipal() != null
        || isPost(request, WEBHOOK_PATH)
        || isPost(request, SIGN_IN_PATH)) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
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
    try {
      servletRequest.login(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (ServletException refused) {
      request.abortWith(challenge("The user name or password is wrong."));
    }
  }

  /**
   * Odoo can only be given a URL: webhooks prove themselves with their path token and signature.
   * The console's sign-in checks the credentials it is sent itself.
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
