package net.orderbridge.supplier.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import net.orderbridge.shared.security.Roles;
import net.orderbridge.supplier.application.SearchProducts;

/** Products mirrored from Odoo, searched by name or internal reference. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PURCHASER, Roles.SYNC_OPERATOR, Roles.AUDITOR})
public class ProductResource {

  @Inject SearchProducts searchProducts;

  @GET
  public PageView<ProductItemView> search(
      @QueryParam("query") String query,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageView.of(
        searchProducts.search(RequestValues.query(query), RequestValues.page(page, size)),
        ProductItemView::of);
  }
}
