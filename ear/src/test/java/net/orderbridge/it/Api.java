package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for the server the build started, as a user of the REST API would call it.
 */
public final class Api {
  static final String BASE = System.getProperty("orderbridge.url", "http://127.0.0.1:9080");
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * The one HTTP client of the ITs (it keeps no state between calls: no cookies, no credentials).
   * Only a test that needs what it must not have (a cookie jar, a trust store, HTTP/1.1 only) makes
   * its own.
   */
  public static HttpClient client() {
    return HTTP;
  }

  private final String authorization;

  private Api(String authorization) {
    this.authorization = authorization;
  }

  public static Api anonymous() {
    return new Api(null);
  }

  public static Api as(String user, String password) {
    String token = user + ":" + password;
    return new Api(
        "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
  }

  public static Api purchaser() {
    return as("buyer", "buyer-demo");
  }

  public static Api operator() {
    return as("operator", "operator-demo");
  }

  public static Api auditor() {
    return as("auditor", "auditor-demo");
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new IllegalStateException("call failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A request of the ITs' usual shape to any server: {@code method url} with a JSON body ({@code
   * null}: none) and an {@code Authorization} header ({@code null}: none), a 60 s timeout.
   */
  public static HttpRequest.Builder request(
      String url, String authorization, String method, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return request;
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  /**
   * A counter's value in the Prometheus text of {@code /metrics?scope=application}, the series with
   * {@code label="value"}; 0 when it is not there yet.
   */
  /** The check of this name in a {@code /health} answer. */
  public static JsonNode healthCheck(JsonNode health, String name) {
    for (JsonNode check : health.get("checks")) {
      if (check.get("name").asText().equals(name)) {
        return check;
      }
    }
    throw new AssertionError("no check named " + name + " in " + health);
  }

  public static double counter(String name, String label, String value) {
    Reply metrics = anonymous().get("/metrics?scope=application");
    assertThat(metrics.status()).isEqualTo(200);
    Matcher found =
        Pattern.compile(
                "(?m)^"
                    + name
                    + "\\{[^}]*"
                    + label
                    + "=\""
                    + Pattern.quote(value)
                    + "\"[^}]*\\}\\s+([0-9.Ee+-]+)$")
            .matcher(metrics.body());
    return found.find() ? Double.parseDouble(found.group(1)) : 0;
  }

  /** A response with its body parsed on demand. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String body() {
      return response.body();
    }

    public String etag() {
      return header("ETag");
    }

    /** Asserts an RFC 9457 problem with this status, naming {@code field} when not null. */
    public Reply isProblem(int status, String field) {
      assertThat(status()).as(body()).isEqualTo(status);
      assertThat(contentType()).startsWith("application/problem+json");
      assertThat(json().get("status").asInt()).isEqualTo(status);
      assertThat(body()).doesNotContain("Exception").doesNotContain("\tat ");
      if (field != null) {
        assertThat(json().path("field").asText()).as(body()).isEqualTo(field);
      }
      return this;
    }

    /** Asserts a 200 and returns the body. */
    public JsonNode ok() {
      assertThat(status()).as(body()).isEqualTo(200);
      return json();
    }

    public JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + response.body(), e);
      }
    }
  }
}
