package archfixture.undeclared.sync.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** One method with its roles, one without: the second must break the rule. */
@Path("/forgotten")
public class ForgottenResource {

  @GET
  @RolesAllowed("auditor")
  public String declared() {
    return "declared";
  }

  @POST
  @Path("undeclared")
  public String undeclared() {
    return "open to anybody who is signed in";
  }
}
