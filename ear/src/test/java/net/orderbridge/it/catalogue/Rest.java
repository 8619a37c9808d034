package net.orderbridge.it.catalogue;

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

/**
 * The REST API of the server the build started, called as a client would (a copy of the top-level
 * {@code Api}, which is package-private there).
 */
final class Rest {
  static final String BASE = System.getProperty("orderbridge.url", "http://127.0.0.1:9080");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String authorization;

  private Rest(String authorization) {
    this.authorization = authorization;
  }

  static Rest anonymous() {
    return new Rest(null);
  }

  static Rest purchaser() {
    return as("buyer", "buyer-demo");
  }

  static Rest operator() {
    return as("operator", "operator-demo");
  }

  static Rest auditor() {
    return as("auditor", "auditor-demo");
  }

  private static Rest as(String user, String password) {
    String token = user + ":" + password;
    return new Rest(
        "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      return new Reply(HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new IllegalStateException("call failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  /** A response with its body parsed on demand. */
  record Reply(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + response.body(), e);
      }
    }

    /** Asserts an RFC 9457 problem with this status, naming {@code field} when not null. */
    Reply isProblem(int status, String field) {
      assertThat(status()).as(body()).isEqualTo(status);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(json().get("status").asInt()).isEqualTo(status);
      assertThat(body()).doesNotContain("Exception").doesNotContain("\tat ");
      if (field != null) {
        assertThat(json().path("field").asText()).as(body()).isEqualTo(field);
      }
      return this;
    }

    JsonNode ok() {
      assertThat(status()).as(body()).isEqualTo(200);
      return json();
    }
  }
}
