package net.orderbridge.sync.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.security.Roles;

/**
 * {@code GET /api/sync/alerts}: the firing alerts first, then those resolved or happened within
 * {@code sync.alert.recent}, newest first, at most {@code limit} (1 to 500, default 100).
 */
@Path("/sync/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
public class AlertResource {
  static final int MAX = 500;

  private final Alerts alerts;
  private final AlertSettings settings;
  private final Clock clock;

  @Inject
  public AlertResource(Alerts alerts, AlertSettings settings, Clock clock) {
    this.alerts = alerts;
    this.settings = settings;
    this.clock = clock;
  }

  /** For CDI's client proxy. */
  public AlertResource() {
    this(null, null, null);
  }

  @GET
  public List<Alert> list(@QueryParam("limit") Integer limit) {
    int max = limit == null ? 100 : limit;
    if (max < 1 || max > MAX) {
      throw ApplicationProblem.invalid("limit", "limit must be between 1 and " + MAX);
    }
    return alerts.current(clock.instant().minus(settings.recent()), max);
  }
}
