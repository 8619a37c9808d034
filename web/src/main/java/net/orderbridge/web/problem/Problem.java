package net.orderbridge.web.problem;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document. {@code field} is our extension member naming the input field at
 * fault.
 *
 * @param type a URI naming the kind of problem
 * @param title a short, stable summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person
 * @param field the request field at fault, or null
 */
public record Problem(String type, String title, int status, String detail, String field) {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://orderbridge.net/problems/";

  public static Problem of(String slug, String title, int status, String detail, String field) {
    return new Problem(TYPE_BASE + slug, title, status, detail, field);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
