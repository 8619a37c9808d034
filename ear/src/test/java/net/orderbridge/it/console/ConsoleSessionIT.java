package net.orderbridge.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.Test;

/**
 * The console's sign-in against the server's own user registry: a session in cookies that API calls
 * accept, sign-out, refusals as problem documents without the browser's Basic pop-up, a guard
 * against changes other sites post, and the console's files with a strict policy. Basic clients
 * keep working unchanged.
 */
class ConsoleSessionIT extends SyncFixture {
  private static final String CONSOLE = "OrderBridgeConsole";

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private HttpResponse<String> call(String method, String path, String json, boolean console)
      throws Exception {
    HttpRequest.Builder request = Api.request(BASE + path, null, method, json);
    if (console) {
      request.header("X-Requested-With", CONSOLE);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signingInKeepsTheCallerInASessionUntilSigningOut() throws Exception {
    supplier();
    HttpResponse<String> in =
        call(
            "POST", "/api/session/login", "{\"user\":\"buyer\",\"password\":\"buyer-demo\"}", true);
    assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
    assertThat(JSON.readTree(in.body()).get("roles").toString()).contains("purchaser");
    assertThat(JSON.readTree(in.body()).get("expiresAfterSeconds").asLong()).isPositive();
    assertThat(in.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly"));

    HttpResponse<String> me = call("GET", "/api/session", null, true);
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(JSON.readTree(me.body()).get("user").asText()).isEqualTo("buyer");

    HttpResponse<String> forged =
        call("POST", "/api/purchase-orders", orderBody("forged", line(5, "1")), false);
    assertThat(forged.statusCode()).as("a change without the console's header").isEqualTo(403);
    HttpResponse<String> placed =
        call("POST", "/api/purchase-orders", orderBody(unique("console"), line(5, "1")), true);
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);

    assertThat(call("POST", "/api/session/logout", null, true).statusCode()).isEqualTo(204);
    HttpResponse<String> after = call("GET", "/api/session", null, true);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(after.headers().firstValue("WWW-Authenticate"))
        .as("no Basic pop-up in the console")
        .isEmpty();
  }

  @Test
  void aSessionEndsAfterItsTimeWithoutARequest() throws Exception {
    Path setting =
        Path.of(System.getProperty("orderbridge.server.dir"))
            .resolve("configDropins/overrides/console-session.xml");
    Files.createDirectories(setting.getParent());
    Files.writeString(
        setting, "<server><variable name=\"console.session.timeout\" value=\"PT10S\"/></server>\n");
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                HttpResponse<String> in =
                    call(
                        "POST",
                        "/api/session/login",
                        "{\"user\":\"auditor\",\"password\":\"auditor-demo\"}",
                        true);
                return JSON.readTree(in.body()).get("expiresAfterSeconds").asLong() == 10;
              });
      assertThat(call("GET", "/api/session", null, true).statusCode()).isEqualTo(200);
      Thread.sleep(
          Duration.ofSeconds(45).toMillis()); // the timeout and one round of Liberty's reaper
      HttpResponse<String> after = call("GET", "/api/session", null, true);
      assertThat(after.statusCode()).as("the session ended").isEqualTo(401);
      assertThat(after.headers().firstValue("WWW-Authenticate")).isEmpty();
    } finally {
      Files.deleteIfExists(setting);
    }
  }

  @Test
  void aSignInFromAnotherSiteIsRefused() throws Exception {
    HttpResponse<String> forged =
        call(
            "POST",
            "/api/session/login",
            "{\"user\":\"buyer\",\"password\":\"buyer-demo\"}",
            false);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(call("GET", "/api/session", null, true).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsRefusedAndAMissingFieldNamed() throws Exception {
    HttpResponse<String> wrong =
        call("POST", "/api/session/login", "{\"user\":\"buyer\",\"password\":\"nope\"}", true);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
    HttpResponse<String> empty =
        call("POST", "/api/session/login", "{\"user\":\"buyer\",\"password\":\"\"}", true);
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(empty.body()).get("field").asText()).isEqualTo("password");
    assertThat(call("GET", "/api/session", null, true).statusCode()).isEqualTo(401);
  }

  @Test
  void basicClientsKeepTheirChallengeAndTheirAccess() throws Exception {
    HttpResponse<String> anonymous = call("GET", "/api/session", null, false);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    HttpResponse<String> anonymousChange = call("POST", "/api/sync/push/stop", null, false);
    assertThat(anonymousChange.statusCode())
        .as("no credentials at all: unauthenticated, not a forged console request")
        .isEqualTo(401);
    assertThat(buyer("GET", "/api/session", null).status()).isEqualTo(200);
  }

  @Test
  void theConsoleIsServedHereUnderAStrictPolicy() throws Exception {
    HttpResponse<String> root = call("GET", "/", null, false);
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location").orElse("")).endsWith("/console/");

    HttpResponse<String> page = call("GET", "/console/", null, false);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"root\"");
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe");

    HttpResponse<String> react =
        call("GET", "/webjars/react/18.3.1/umd/react.production.min.js", null, false);
    assertThat(react.statusCode()).isEqualTo(200);
    assertThat(react.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    HttpResponse<String> htm = call("GET", "/_static/htm/3.1.1/dist/htm.module.js", null, false);
    assertThat(htm.statusCode()).isEqualTo(200);
  }
}
