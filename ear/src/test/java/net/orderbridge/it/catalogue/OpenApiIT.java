package net.orderbridge.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.orderbridge.it.Api;
import org.junit.jupiter.api.Test;

/** The OpenAPI document at {@code /openapi} describes the whole REST API. */
class OpenApiIT {

  @Test
  void documentListsEveryResourceWithItsMethods() {
    Api.Reply reply = Api.anonymous().get("/openapi?format=json");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode paths = reply.json().get("paths");

    assertThat(methods(paths, "/api/purchase-orders")).contains("get", "post");
    assertThat(methods(paths, "/api/purchase-orders/{id}")).contains("get", "put", "delete");
    assertThat(methods(paths, "/api/suppliers")).contains("get");
    assertThat(methods(paths, "/api/suppliers/{id}")).contains("get");
    assertThat(methods(paths, "/api/suppliers/refresh")).contains("post");
    assertThat(methods(paths, "/api/products")).contains("get");
    assertThat(methods(paths, "/api/purchase-orders/{id}/confirm")).contains("post");
    assertThat(methods(paths, "/api/session")).contains("get");
  }

  private static List<String> methods(JsonNode paths, String path) {
    assertThat(paths.has(path)).as("path " + path + " in " + paths.fieldNames()).isTrue();
    List<String> methods = new ArrayList<>();
    paths.get(path).fieldNames().forEachRemaining(methods::add);
    return methods;
  }
}
