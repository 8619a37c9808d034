package net.orderbridge.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import net.orderbridge.web.problem.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code HTTPS_ONLY=true}, a request to {@code /api} over plain HTTP is refused with a 403
 * problem document before its credentials are even looked at; {@code /health}, {@code /metrics} and
 * {@code /openapi} stay on both ports for probes and scrapers.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class HttpsOnlyFilter implements ContainerRequestFilter {
  static final String HTTPS_ONLY = "HTTPS_ONLY";

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest.isSecure() || !httpsOnly()) {
      return;
    }
    request.abortWith(
        Problem.of(
                "https-required",
                "HTTPS required",
                403,
                "This API answers over HTTPS only (HTTPS_ONLY=true): call it on the HTTPS port.",
                null)
            .toResponse());
  }

  private static boolean httpsOnly() {
    return ConfigProvider.getConfig()
        .getOptionalValue(HTTPS_ONLY, Boolean.class)
        .orElse(Boolean.FALSE);
  }
}
