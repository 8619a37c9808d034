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
import java.util.List;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.OrderAudit;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.security.Roles;

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
  private final OrderSyncQuery orders;
  private final DeadLetters deadLetters;
  private final Event<BatchSyncResult> drained;
  private final OrderAudit audit;

  /** What an operator's push reports (and merges from Odoo first) is audited as theirs. */
  static final OrderAudit.Origin MANUAL = new OrderAudit.Origin("sync:push", null, "manual push");

  @Inject
  public SyncResource(
      BatchSyncPendingOrders push,
      OrderSyncQuery orders,
      DeadLetters deadLetters,
      Event<BatchSyncResult> drained,
      OrderAudit audit) {
    this.push = push;
    this.orders = orders;
    this.deadLetters = deadLetters;
    this.drained = drained;
    this.audit = audit;
  }

  /** For CDI's client proxy. */
  public SyncResource() {
    this(null, null, null, null, null);
  }

  @GET
  @Path("orders/{orderId}")
  public OrderSyncView order(@PathParam("orderId") String orderId) {
    return orders.of(orderId(orderId));
  }

  @POST
  @Path("orders/{orderId}/push")
  public SyncResult pushOrder(@PathParam("orderId") String orderId) {
    UUID id = orderId(orderId);
    return audit.attributed(MANUAL, () -> push.syncPurchaseOrderToOdoo(id));
  }

  @POST
  @Path("batch")
  public BatchSyncResult batch() {
    BatchSyncResult result = audit.attributed(MANUAL, push::batchSyncPendingOrders);
    drained.fire(result);
    return result;
  }

  @GET
  @Path("dead-letters")
  public List<OutboxMessage> deadLetters(@QueryParam("limit") Integer limit) {
    return deadLetters.list(limit);
  }

  /** How many dead letters a retry put back in line. */
  public record Revived(int revived) {}

  @POST
  @Path("dead-letters/retry")
  public Revived retryAll(@QueryParam("errorType") String errorType) {
    return new Revived(deadLetters.retryAll(errorType));
  }

  @POST
  @Path("dead-letters/{id}/retry")
  public Response retry(@PathParam("id") long id) {
    deadLetters.retry(id);
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
