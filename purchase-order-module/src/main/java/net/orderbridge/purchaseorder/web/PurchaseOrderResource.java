package net.orderbridge.purchaseorder.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import net.orderbridge.purchaseorder.application.OrderAuditTrail;
import net.orderbridge.purchaseorder.application.OrderInputLimits;
import net.orderbridge.purchaseorder.application.OrderSyncStates;
import net.orderbridge.purchaseorder.application.PlaceOnce;
import net.orderbridge.purchaseorder.application.PurchaseOrderDetails;
import net.orderbridge.purchaseorder.application.PurchaseOrderQueries;
import net.orderbridge.purchaseorder.application.PurchaseOrderService;
import net.orderbridge.purchaseorder.application.PurchaseOrderSummary;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderCriteria;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.domain.TextLimit;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.shared.security.Roles;

/** Purchase orders: placed, read, revised, confirmed, cancelled, reset and deleted by buyers. */
@Path("/purchase-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PURCHASER)
public class PurchaseOrderResource {
  /** An order's audit trail answers its newest entries, at most this many unless asked. */
  static final int AUDIT_LIMIT = 500;

  static final int MAX_AUDIT_LIMIT = 5000;

  private static final int MAX_KEY_LENGTH = 200;
  private static final TextLimit SYNC_STATUS = new TextLimit(16, false);
  private static final TextLimit SEARCH_TEXT = new TextLimit(200, false);

  @Inject PurchaseOrderService orders;
  @Inject PurchaseOrderQueries queries;
  @Inject PlaceOnce placeOnce;
  @Inject OrderSyncStates syncStates;
  @Inject OrderAuditTrail auditTrail;
  @Inject OrderInputLimits limits;
  @Context UriInfo uri;
  @Context SecurityContext caller;

  @POST
  public Response place(
      @HeaderParam("Idempotency-Key") String key, PlacePurchaseOrderRequest request) {
    var command = RequestMapping.place(request);
    limits.check(command.notes(), command.lines());
    if (key == null) {
      return created(orders.place(command));
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw ApplicationProblem.invalid("Idempotency-Key", "must be 1 to 200 characters");
    }
    String user = caller.getUserPrincipal().getName();
    PlaceOnce.Placement placement;
    try {
      placement = placeOnce.place(user, key, command);
    } catch (PlaceOnce.KeyTaken concurrentRetry) {
      placement = placeOnce.replay(user, key, command);
    }
    return placement.created()
        ? created(placement.order())
        : withTag(placement.order(), Response.ok());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public Response get(@PathParam("id") String id) {
    PurchaseOrderDetails order =
        queries
            .find(orderId(id))
            .orElseThrow(() -> ApplicationProblem.notFound("No purchase order " + id));
    return withTag(order, Response.ok());
  }

  @GET
  @RolesAllowed({Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public PurchaseOrderPageView search(
      @QueryParam("state") String state,
      @QueryParam("supplierId") String supplierId,
      @QueryParam("syncStatus") String syncStatus,
      @QueryParam("text") String text,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PurchaseOrderCriteria criteria =
        new PurchaseOrderCriteria(
            state == null ? null : enumValue(state),
            supplierId == null
                ? null
                : RequestMapping.id(supplierId, "supplierId", SupplierId::new),
            syncStatus == null ? null : SYNC_STATUS.check(syncStatus, "syncStatus").toUpperCase(),
            text == null ? null : SEARCH_TEXT.check(text, "text"),
            RequestMapping.sort(sort));
    Page<PurchaseOrderSummary> found = queries.search(criteria, RequestMapping.page(page, size));
    return PurchaseOrderPageView.of(found);
  }

  @GET
  @Path("{id}/audit")
  @RolesAllowed({Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public List<AuditEntryView> audit(
      @PathParam("id") String id, @QueryParam("limit") Integer limit) {
    int bounded = limit == null ? AUDIT_LIMIT : Math.max(1, Math.min(limit, MAX_AUDIT_LIMIT));
    return auditTrail.of(orderId(id).value(), bounded).stream().map(AuditEntryView::of).toList();
  }

  @PUT
  @Path("{id}")
  public Response revise(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      PlacePurchaseOrderRequest request) {
    if (ifMatch == null) {
      throw new ApplicationProblem(
          ProblemType.PRECONDITION_REQUIRED,
          "If-Match",
          "Send the ETag of the order you changed in If-Match.");
    }
    var command = RequestMapping.revise(orderId(id), version(ifMatch), request);
    limits.check(command.notes(), command.lines());
    return withTag(orders.revise(command), Response.ok());
  }

  @POST
  @Path("{id}/confirm")
  public Response confirm(@PathParam("id") String id) {
    return act(id, orders::confirm);
  }

  @POST
  @Path("{id}/cancel")
  public Response cancel(@PathParam("id") String id) {
    return act(id, orders::cancel);
  }

  @POST
  @Path("{id}/draft")
  public Response draft(@PathParam("id") String id) {
    return act(id, orders::resetToDraft);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    orders.delete(orderId(id));
    return Response.noContent().build();
  }

  private Response act(String id, Function<PurchaseOrderId, PurchaseOrderDetails> action) {
    return withTag(action.apply(orderId(id)), Response.ok());
  }

  private Response created(PurchaseOrderDetails order) {
    return withTag(
        order, Response.created(uri.getAbsolutePathBuilder().path(order.id().toString()).build()));
  }

  private Response withTag(PurchaseOrderDetails order, Response.ResponseBuilder response) {
    return response.tag(new EntityTag(Long.toString(order.version()))).entity(view(order)).build();
  }

  private PurchaseOrderView view(PurchaseOrderDetails order) {
    PurchaseOrderView.SyncView sync =
        syncStates
            .of(order.id().value())
            .map(
                s ->
                    new PurchaseOrderView.SyncView(
                        s.status(), s.odooId(), s.odooName(), s.lastSyncedAt(), s.lastError()))
            .orElse(new PurchaseOrderView.SyncView(SyncStatus.PENDING, null, null, null, null));
    return PurchaseOrderView.of(order, sync);
  }

  private static PurchaseOrderId orderId(String id) {
    try {
      return RequestMapping.id(id, "id", PurchaseOrderId::new);
    } catch (ApplicationProblem notAnId) {
      throw ApplicationProblem.notFound("No purchase order " + id);
    }
  }

  private static long version(String ifMatch) {
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException notOurs) {
      throw new ApplicationProblem(
          ProblemType.PRECONDITION_FAILED, "If-Match", "If-Match is not an ETag of this order.");
    }
  }

  private static PurchaseOrderState enumValue(String state) {
    try {
      return PurchaseOrderState.valueOf(state.trim().toUpperCase());
    } catch (IllegalArgumentException unknown) {
      throw new ApplicationProblem(
          ProblemType.INVALID_INPUT,
          "state",
          "state must be one of " + List.of(PurchaseOrderState.values()));
    }
  }
}
