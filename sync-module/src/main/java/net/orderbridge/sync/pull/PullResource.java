package net.orderbridge.sync.pull;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import net.orderbridge.purchaseorder.api.OrderAudit;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.security.Roles;

/**
 * {@code GET /api/sync/pull}: settings and cursor; {@code POST /api/sync/pull}: poll Odoo now;
 * {@code POST /api/sync/pull/{odooId}}: one order; {@code GET /api/sync/pull/failures}: the orders
 * the pull parked, and {@code POST /api/sync/pull/failures/{odooId}/retry} to try one again now.
 */
@Path("/sync/pull")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYNC_OPERATOR)
public class PullResource {

  /** What one order's pull did. */
  public record PulledOrderView(long odooId, String outcome) {}

  private final PullPurchaseOrders pull;
  private final ReconcileOdooIds reconciliation;
  private final PullFailures failures;
  private final OrderAudit audit;

  /** What an operator's pull changes in our orders is audited as theirs. */
  static final OrderAudit.Origin MANUAL =
      new OrderAudit.Origin("sync:pull", null, "manual pull from Odoo");

  @Inject
  public PullResource(
      PullPurchaseOrders pull,
      ReconcileOdooIds reconciliation,
      PullFailures failures,
      OrderAudit audit) {
    this.pull = pull;
    this.reconciliation = reconciliation;
    this.failures = failures;
    this.audit = audit;
  }

  /** For CDI's client proxy. */
  public PullResource() {
    this(null, null, null, null);
  }

  /** What the id reconciliation found. */
  public record ReconciliationView(List<Long> deletedInOdoo) {}

  @POST
  @Path("reconcile")
  public ReconciliationView reconcile() {
    return new ReconciliationView(reconciliation.reconcile());
  }

  @GET
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public PullStanding standing() {
    return pull.standing();
  }

  @POST
  public PollResult poll() {
    return audit.attributed(MANUAL, pull::pollOnce);
  }

  @GET
  @Path("failures")
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public List<PullFailures.ParkedPull> failures(@QueryParam("limit") Integer limit) {
    return failures.list(limit == null ? 100 : Math.max(1, Math.min(limit, 1000)));
  }

  /**
   * Tries a parked order again now: 200 with the outcome when it applied (or Odoo no longer has it:
   * outcome null), 404 when it is not parked, 409 with the reason when it failed again (it stays
   * parked).
   */
  @POST
  @Path("failures/{odooId}/retry")
  public PullPurchaseOrders.RetriedPull retry(@PathParam("odooId") long odooId) {
    if (failures.find(odooId).isEmpty()) {
      throw ApplicationProblem.notFound("No parked pull of Odoo purchase.order " + odooId);
    }
    return audit
        .attributed(MANUAL, () -> pull.retryParked(odooId))
        .orElseThrow(
            () ->
                ApplicationProblem.conflict(
                    "The pull failed again; it stays parked: "
                        + failures.find(odooId).map(PullFailures.ParkedPull::reason).orElse("")));
  }

  @POST
  @Path("{odooId}")
  public PulledOrderView pullOne(@PathParam("odooId") long odooId) {
    if (odooId < 1 || odooId > Integer.MAX_VALUE) {
      // Odoo's ids are PostgreSQL serials (1 to 2^31-1); XML-RPC can't even carry a larger one
      throw ApplicationProblem.notFound("Odoo has no purchase.order " + odooId);
    }
    return audit
        .attributed(MANUAL, () -> pull.syncPurchaseOrderFromOdoo(odooId))
        .map(outcome -> new PulledOrderView(odooId, outcome.name()))
        .orElseThrow(() -> ApplicationProblem.notFound("Odoo has no purchase.order " + odooId));
  }
}
