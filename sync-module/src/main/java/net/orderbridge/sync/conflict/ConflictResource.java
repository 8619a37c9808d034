package net.orderbridge.sync.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.orderbridge.shared.domain.TextLimit;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.security.Roles;

/** Conflicts between our orders and Odoo's, and their resolution by a person. */
@Path("/sync/conflicts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYNC_OPERATOR)
public class ConflictResource {

  /** One conflict as the API shows it. */
  public record ConflictView(
      long id,
      String orderId,
      String path,
      String base,
      String local,
      String remote,
      String group,
      String policy,
      String status,
      Instant createdAt,
      String choice,
      String resolvedValue,
      String decidedBy,
      Instant decidedAt) {

    static ConflictView of(SyncConflict c) {
      return new ConflictView(
          c.id(),
          c.orderId().toString(),
          c.path(),
          c.base(),
          c.local(),
          c.remote(),
          c.group().name(),
          c.policy().name(),
          c.status().name(),
          c.createdAt(),
          c.choice(),
          c.resolvedValue(),
          c.decidedBy(),
          c.decidedAt());
    }
  }

  /** {@code choice}: LOCAL, REMOTE or MERGED; {@code values}: the field's value for MERGED. */
  public record ResolutionRequest(String choice, Map<String, String> values) {}

  /** A merged value becomes an order's field (at most notes: 4000 characters Odoo can carry). */
  private static final TextLimit MERGED_VALUE = new TextLimit(4000, true);

  private final SyncConflicts conflicts;
  private final ResolveConflict resolve;

  @Inject
  public ConflictResource(SyncConflicts conflicts, ResolveConflict resolve) {
    this.conflicts = conflicts;
    this.resolve = resolve;
  }

  /** For CDI's client proxy. */
  public ConflictResource() {
    this(null, null);
  }

  @Context SecurityContext caller;

  @GET
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public List<ConflictView> list(
      @QueryParam("status") @DefaultValue("open") String status,
      @QueryParam("limit") @DefaultValue("200") int limit) {
    SyncConflict.Status wanted =
        switch (status.toLowerCase(Locale.ROOT)) {
          case "open" -> SyncConflict.Status.OPEN;
          case "resolved" -> SyncConflict.Status.RESOLVED;
          case "all" -> null;
          default -> throw ApplicationProblem.invalid("status", "open, resolved or all");
        };
    return conflicts.list(wanted, Math.max(1, Math.min(limit, 1000))).stream()
        .map(ConflictView::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public ConflictView one(@PathParam("id") long id) {
    return conflicts
        .find(id)
        .map(ConflictView::of)
        .orElseThrow(() -> ApplicationProblem.notFound("No conflict " + id));
  }

  @POST
  @Path("{id}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConflictView resolve(@PathParam("id") long id, ResolutionRequest request) {
    if (request == null || request.choice() == null) {
      throw ApplicationProblem.invalid("choice", "choice is LOCAL, REMOTE or MERGED");
    }
    SyncConflict.Choice choice;
    try {
      choice = SyncConflict.Choice.valueOf(request.choice().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApplicationProblem.invalid("choice", "choice is LOCAL, REMOTE or MERGED");
    }
    String merged = null;
    if (request.values() != null) {
      SyncConflict c =
          conflicts.find(id).orElseThrow(() -> ApplicationProblem.notFound("No conflict " + id));
      merged = request.values().getOrDefault(c.path(), request.values().get("value"));
      MERGED_VALUE.check(merged, "values");
    }
    return ConflictView.of(
        resolve.resolve(id, choice, merged, caller.getUserPrincipal().getName()));
  }
}
