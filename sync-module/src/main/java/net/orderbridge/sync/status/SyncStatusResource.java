package net.orderbridge.sync.status;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import net.orderbridge.shared.security.Roles;

/** The integration's health as the operator sees it: circuit, outbox, pull and Odoo in one view. */
@Path("/sync/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYNC_OPERATOR)
public class SyncStatusResource {
  private final SyncStatusQuery status;

  @Inject
  public SyncStatusResource(SyncStatusQuery status) {
    this.status = status;
  }

  /** For CDI's client proxy. */
  public SyncStatusResource() {
    this(null);
  }

  @GET
  public IntegrationHealthStatus status() {
    return status.status();
  }
}
