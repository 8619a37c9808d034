package net.orderbridge.sync.status;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import net.orderbridge.shared.security.Roles;

/**
 * {@code GET /api/sync/events}: the sync's outcomes as Server-Sent Events, as they commit. Sync
 * operators and auditors hear about every order, a purchaser only about the orders they placed.
 */
@Path("/sync/events")
@RequestScoped
@RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR, Roles.PURCHASER})
public class SyncEventsResource {

  private final SyncEventStreams streams;

  @Inject
  public SyncEventsResource(SyncEventStreams streams) {
    this.streams = streams;
  }

  /** For CDI's client proxy. */
  public SyncEventsResource() {
    this(null);
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void listen(
      @Context SseEventSink sink, @Context Sse sse, @Context SecurityContext caller) {
    boolean everyOrder =
        caller.isUserInRole(Roles.SYNC_OPERATOR) || caller.isUserInRole(Roles.AUDITOR);
    String user = caller.getUserPrincipal().getName();
    streams.open(sink, sse, everyOrder ? null : user);
  }
}
