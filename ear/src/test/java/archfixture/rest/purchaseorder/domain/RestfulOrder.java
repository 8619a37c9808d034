package archfixture.rest.purchaseorder.domain;

import jakarta.ws.rs.core.Response;

/** Bad: a domain class that speaks HTTP. */
public class RestfulOrder {
  public Response asResponse() {
    return Response.ok().build();
  }
}
