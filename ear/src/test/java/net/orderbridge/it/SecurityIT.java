package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityIT {

  @Test
  void apiWithoutCredentialsAnswers401ProblemWithChallenge() {
    Api.Reply reply = Api.anonymous().get("/api/session");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=\"OrderBridge\"");
    assertThat(reply.json().get("status").asInt()).isEqualTo(401);
  }

  /** The operations anyone may call: signing in and out, and Odoo's webhooks (token checked). */
  private static final Set<String> OPEN =
      Set.of(
          "post /api/session/login",
          "post /api/session/logout",
          "post /api/sync/webhooks/odoo/{token}");

  /**
   * Deny by default, over the wire: every operation the OpenAPI document lists, with any path
   * parameter, answers 401 problem+json to a caller without credentials, before it runs; only the
   * operations meant to be open are not asked.
   */
  @Test
  void everyListedOperationAsksForCredentials() {
    JsonNode paths = Api.anonymous().get("/openapi?format=json").json().get("paths");
    List<String> open = new ArrayList<>();
    int asked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next();
        if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
          continue;
        }
        String operation = method + " " + path.getKey();
        if (OPEN.contains(operation)) {
          continue;
        }
        String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
        HttpRequest.Builder call =
            Api.anonymous()
                .request(concrete)
                .header("Content-Type", "application/json")
                .method(
                    method.toUpperCase(java.util.Locale.ROOT),
                    method.equals("get") || method.equals("delete")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        Api.Reply reply = Api.anonymous().send(call);
        asked++;
        if (reply.status() != 401 || !reply.contentType().startsWith("application/problem+json")) {
          open.add(operation + " answered " + reply.status());
        }
      }
    }
    assertThat(asked).as("operations in the OpenAPI document").isGreaterThan(30);
    assertThat(open).as("operations that did not ask for credentials").isEmpty();
  }

  @Test
  void unknownApiPathStillRequiresCredentials() {
    assertThat(Api.anonymous().get("/api/no-such-thing").status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordAnswers401Problem() {
    Api.Reply reply = Api.as("buyer", "not-the-password").get("/api/session");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void malformedAuthorizationHeaderAnswers401Problem() {
    Api.Reply reply =
        Api.anonymous()
            .send(Api.anonymous().request("/api/session").header("Authorization", "Basic %%%"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void purchaserIsAuthenticatedWithItsRole() {
    Api.Reply reply = Api.purchaser().get("/api/session");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("user").asText()).isEqualTo("buyer");
    assertThat(reply.json().get("roles"))
        .extracting(node -> node.asText())
        .containsExactly("purchaser");
  }

  @Test
  void operatorHoldsSyncOperatorAndAuditorRoles() {
    Api.Reply reply = Api.operator().get("/api/session");

    assertThat(reply.json().get("roles"))
        .extracting(node -> node.asText())
        .containsExactlyInAnyOrder("sync-operator", "auditor");
  }

  @Test
  void unknownApiPathAnswers404ProblemToAuthenticatedCaller() {
    Api.Reply reply = Api.purchaser().get("/api/no-such-thing");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }
}
