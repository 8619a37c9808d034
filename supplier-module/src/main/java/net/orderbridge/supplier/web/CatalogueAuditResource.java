package net.orderbridge.supplier.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import net.orderbridge.shared.security.Roles;
import net.orderbridge.supplier.domain.mirror.CatalogueAudit;
import net.orderbridge.supplier.domain.mirror.CatalogueChange;
import net.orderbridge.supplier.domain.mirror.CatalogueFieldChange;

/**
 * {@code GET /api/catalogue/audit?limit=}: what the refreshes from Odoo changed in the mirror,
 * newest first (at most {@code limit}, 1–1000, default 100).
 */
@Path("catalogue/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
public class CatalogueAuditResource {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  @Inject CatalogueAudit audit;

  /** One record a refresh added, changed or removed. */
  public record CatalogueChangeView(
      Instant occurredAt,
      String source,
      String model,
      long odooId,
      String kind,
      List<FieldView> changes) {
    static CatalogueChangeView of(CatalogueChange change) {
      return new CatalogueChangeView(
          change.occurredAt(),
          change.source(),
          change.model(),
          change.odooId(),
          change.kind(),
          change.changes().stream().map(FieldView::of).toList());
    }
  }

  /** One field before and after; null where it was not there. */
  public record FieldView(String field, String before, String after) {
    static FieldView of(CatalogueFieldChange change) {
      return new FieldView(change.field(), change.before(), change.after());
    }
  }

  @GET
  public List<CatalogueChangeView> latest(@QueryParam("limit") Integer limit) {
    int bounded = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
    return audit.latest(bounded).stream().map(CatalogueChangeView::of).toList();
  }
}
