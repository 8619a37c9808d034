package net.orderbridge.web.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Stream;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.security.Roles;
import net.orderbridge.web.abuse.AbuseLimits;
import net.orderbridge.web.abuse.TooManyRequests;
import net.orderbridge.web.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells callers who they are to this service and which roles they hold: the first check of new
 * credentials. The console signs in here ({@code POST /api/session/login}): the server's own user
 * registry checks the password ({@link HttpServletRequest#login}), Liberty keeps the caller in its
 * single sign-on cookie, and the HTTP session created here, which expires after {@code
 * console.session.timeout} without a request, must still hold the caller ({@link
 * ConsoleRequestGuard}).
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());

  /** The session attribute naming who signed in: the console's session is valid while it lasts. */
  static final String SIGNED_IN = "net.orderbridge.console.user";

  /**
   * The authenticated caller; {@code expiresAfterSeconds} of inactivity, for a console session;
   * {@code odooUrl} where people open the orders in Odoo (the console links there).
   */
  public record SessionView(
      String user, List<String> roles, Long expiresAfterSeconds, String odooUrl) {}

  /** The console's sign-in form. */
  public record SignIn(String user, String password) {}

  @Context HttpServletRequest request;
  @Inject AbuseLimits limits;

  @Inject
  @ConfigProperty(name = "console.session.timeout", defaultValue = "PT30M")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "ODOO_URL")
  Optional<String> odooUrl;

  @GET
  @RolesAllowed({Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public SessionView current(@Context SecurityContext caller) {
    HttpSession session = request.getSession(false);
    return view(
        caller.getUserPrincipal().getName(),
        caller::isUserInRole,
        session == null ? null : (long) session.getMaxInactiveInterval());
  }

  @POST
  @PermitAll
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response login(SignIn form) {
    if (form == null || form.user() == null || form.user().isBlank()) {
      throw ApplicationProblem.invalid("user", "Enter your user name.");
    }
    if (form.password() == null || form.password().isEmpty()) {
      throw ApplicationProblem.invalid("password", "Enter your password.");
    }
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate(); // a new session for a new sign-in (no session fixation)
    }
    String user = form.user().strip();
    String address = request.getRemoteAddr();
    Optional<Duration> blocked = limits.loginBlocked(user, address);
    if (blocked.isPresent()) {
      return TooManyRequests.after(
          blocked.get(),
          "login-throttled",
          "Too many failed logins for this user or from this address.");
    }
    try {
      if (request.getUserPrincipal() != null) {
        request.logout();
      }
      request.login(user, form.password());
      limits.loginSucceeded(user);
    } catch (ServletException refused) {
      limits.loginFailed(user, address);
      LOG.info(() -> "Console sign-in refused");
      return Problem.of(
              "unauthenticated", "Unauthorized", 401, "The user name or password is wrong.", null)
          .toResponse();
    }
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval((int) Math.max(10, timeout.toSeconds()));
    session.setAttribute(SIGNED_IN, request.getUserPrincipal().getName());
    return Response.ok(
            view(
                request.getUserPrincipal().getName(),
                request::isUserInRole,
                (long) session.getMaxInactiveInterval()))
        .build();
  }

  @POST
  @PermitAll
  @Path("logout")
  public Response logout() throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Response.noContent().build();
  }

  private SessionView view(String user, Predicate<String> inRole, Long expiresAfter) {
    List<String> roles =
        Stream.of(Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR).filter(inRole).toList();
    return new SessionView(
        user, roles, expiresAfter, odooUrl.map(u -> u.replaceFirst("/+$", "")).orElse(null));
  }
}
