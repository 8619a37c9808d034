package net.orderbridge.web.abuse;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Duration;

/**
 * Counts every authenticated {@code /api} request against its user's rate and answers 429 with
 * {@code Retry-After} once the user's burst is spent. Runs right after authentication, before any
 * work; requests without a user (webhooks) are limited by their own gate.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 50)
public class ApiRateLimitFilter implements ContainerRequestFilter {

  @Inject AbuseLimits limits;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal user = servletRequest.getUserPrincipal();
    if (user == null) {
      return;
    }
    Duration wait = limits.admitRequest(user.getName());
    if (!wait.isZero()) {
      request.abortWith(
          TooManyRequests.after(
              wait,
              "rate-limited",
              "Too many requests from " + user.getName() + " (API_RATE_LIMIT)."));
    }
  }
}
