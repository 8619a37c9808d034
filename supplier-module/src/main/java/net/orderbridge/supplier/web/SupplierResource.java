package net.orderbridge.supplier.web;

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
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.security.Roles;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.supplier.application.RefreshCatalogue;
import net.orderbridge.supplier.application.SearchProducts;
import net.orderbridge.supplier.application.SearchSuppliers;

/** Suppliers mirrored from Odoo: search, one supplier, its products, and a full refresh. */
@Path("suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR})
public class SupplierResource {

  @Inject Catalogue catalogue;
  @Inject SearchSuppliers searchSuppliers;
  @Inject SearchProducts searchProducts;
  @Inject RefreshCatalogue refreshCatalogue;

  @GET
  public PageView<SupplierItemView> search(
      @QueryParam("query") String query,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageView.of(
        searchSuppliers.search(RequestValues.query(query), RequestValues.page(page, size)),
        SupplierItemView::of);
  }

  @GET
  @Path("{id}")
  public SupplierItemView supplier(@PathParam("id") String id) {
    SupplierId supplier = new SupplierId(RequestValues.id("supplier", id));
    return RequestValues.needingOdoo(() -> catalogue.supplier(supplier))
        .map(SupplierItemView::of)
        .orElseThrow(() -> ApplicationProblem.notFound("no supplier " + id));
  }

  @GET
  @Path("{id}/products")
  public PageView<ProductItemView> products(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    SupplierId supplier = new SupplierId(RequestValues.id("supplier", id));
    return PageView.of(
        searchProducts.offeredBy(supplier, RequestValues.page(page, size)), ProductItemView::of);
  }

  @POST
  @Path("refresh")
  @RolesAllowed(Roles.SYNC_OPERATOR)
  public RefreshReportView refresh() {
    return RefreshReportView.of(RequestValues.needingOdoo(refreshCatalogue::refreshAll));
  }
}
