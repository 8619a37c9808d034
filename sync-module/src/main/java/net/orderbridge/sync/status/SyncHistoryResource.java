package net.orderbridge.sync.status;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import net.orderbridge.shared.security.Roles;

/** {@code GET /api/sync/history}: orders pushed and backlog per minute over the last hour. */
@Path("/sync/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
public class SyncHistoryResource {

  private final SyncHistory history;

  @Inject
  public SyncHistoryResource(SyncHistory history) {
    this.history = history;
  }

  /** For CDI's client proxy. */
  public SyncHistoryResource() {
    this(null);
  }

  @GET
  public List<SyncHistory.Minute> lastHour() {
    return history.lastHour();
  }
}
