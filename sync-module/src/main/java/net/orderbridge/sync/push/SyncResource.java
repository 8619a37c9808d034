package net.orderbridge.sync.push;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.security.Roles;
import net.orderbridge.sync.binding.OrderBindings;
import net.orderbridge.sync.odoo.ErrorType;

/**
 * Operating the push: one order's sync history, manual pushes and dead letters. The status ({@code
 * GET /sync/status}) is {@code status.SyncStatusResource}'s.
 */
@Path("/sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYNC_OPERATOR)
public class SyncResource {
  private final BatchSyncPendingOrders push;
  private final Outbox outbox;
  private final OrderBindings bindings;
  private final CleanOutbox cleanup;
  private final Event<BatchSyncResult> drained;

  @Inject
  public SyncResource(
      BatchSyncPendingOrders push,
      Outbox outbox,
      OrderBindings bindings,
      CleanOutbox cleanup,
      Event<BatchSyncResult> drained) {
    this.push = push;
    this.outbox = outbox;
    this.bindings = bindings;
    this.cleanup = cleanup;
    this.drained = drained;
  }

  /** For CDI's client proxy. */
  public SyncResource() {
    this(null, null, null, null, null);
  }

  @GET
  @Path("orders/{orderId}")
  public OrderSyncView order(@PathParam("orderId") String orderId) {
    UUID id = orderId(orderId);
    List<OutboxMessage> history = outbox.history(id);
    var binding = bindings.find(id);
    if (history.isEmpty() && binding.isEmpty()) {
      throw ApplicationProblem.notFound(
          "Order "
              + orderId
              + " has no binding and no outbox messages (settled ones are kept for "
              + cleanup.retention()
              + "; its audit trail keeps every sync outcome)");
    }
    return OrderSyncView.of(id, binding, history, cleanup.retention());
  }

  @POST
  @Path("orders/{orderId}/push")
  public SyncResult pushOrder(@PathParam("orderId") String orderId) {
    return push.syncPurchaseOrderToOdoo(orderId(orderId));
  }

  @POST
  @Path("batch")
  public BatchSyncResult batch() {
    BatchSyncResult result = push.batchSyncPendingOrders();
    drained.fire(result);
    return result;
  }

  @GET
  @Path("dead-letters")
  public List<OutboxMessage> deadLetters(@QueryParam("limit") Integer limit) {
    return outbox.deadLetters(limit == null ? 100 : Math.max(1, Math.min(limit, 1000)));
  }

  /** How many dead letters a retry put back in line. */
  public record Revived(int revived) {}

  @POST
  @Path("dead-letters/retry")
  public Revived retryAll(@QueryParam("errorType") String errorType) {
    if (errorType != null
        && Arrays.stream(ErrorType.values()).noneMatch(t -> t.name().equals(errorType))) {
      throw ApplicationProblem.invalid(
          "errorType", "errorType must be one of " + Arrays.toString(ErrorType.values()));
    }
    return new Revived(outbox.reviveAll(Optional.ofNullable(errorType)));
  }

  @POST
  @Path("dead-letters/{id}/retry")
  public Response retry(@PathParam("id") long id) {
    if (!outbox.revive(id)) {
      throw ApplicationProblem.notFound("No dead letter " + id);
    }
    return Response.noContent().build();
  }

  private static UUID orderId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException notAnId) {
      throw ApplicationProblem.notFound("No purchase order " + text);
    }
  }
}
