package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

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
