package net.orderbridge.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /openapi} describes the whole REST API.
 *
 * <p>Disabled: Liberty's mpOpenAPI indexes only the web module's own classes ({@code
 * WEB-INF/classes} and {@code WEB-INF/lib}), not the EAR's {@code lib/}, where every context keeps
 * its resources; the document lists {@code /api/session} alone. JAX-RS serves the resources because
 * the WAR names them in {@code Application.getClasses()}, but OpenAPI scanning does not follow that
 * list. Enable once the WAR makes them visible to the scan (see the report of the catalogue-it
 * branch).
 */
@Disabled("Liberty's mpOpenAPI does not scan resources in EAR lib jars")
class OpenApiIT {

  @Test
  void documentListsEveryResourceWithItsMethods() {
    Rest.Reply reply = Rest.anonymous().get("/openapi?format=json");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode paths = reply.json().get("paths");

    assertThat(methods(paths, "/api/purchase-orders")).contains("get", "post");
    assertThat(methods(paths, "/api/purchase-orders/{id}")).contains("get", "put", "delete");
    assertThat(methods(paths, "/api/suppliers")).contains("get");
    assertThat(methods(paths, "/api/suppliers/{id}")).contains("get");
    assertThat(methods(paths, "/api/suppliers/refresh")).contains("post");
    assertThat(methods(paths, "/api/products")).contains("get");
  }

  private static List<String> methods(JsonNode paths, String path) {
    assertThat(paths.has(path)).as("path " + path + " in " + paths.fieldNames()).isTrue();
    List<String> methods = new ArrayList<>();
    paths.get(path).fieldNames().forEachRemaining(methods::add);
    return methods;
  }
}
