package net.orderbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * The two servers a sync benchmark talks to, over keep-alive HTTP/1.1: the service (as the buyer or
 * the operator of the run command) and the simulator it syncs with (its admin endpoint, and JSON-2
 * as any Odoo client would).
 */
final class Endpoints {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String OPERATOR = basic("operator", "operator-demo");
  static final String BUYER = basic("buyer", "buyer-demo");
  static final String API_KEY = System.getProperty("odoo.api-key", "orderbridge-demo-odoo-key");

  final String base;
  final String simulator;
  private final HttpClient http;

  Endpoints(String base, String simulator, int threads) {
    this.base = base;
    this.simulator = simulator;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(threads))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Runs a model method as the simulator's admin: not counted, never subject to its faults. */
  JsonNode execute(String model, String method, String args) throws Exception {
    return admin(
            "/__admin/execute",
            "{\"model\": \""
                + model
                + "\", \"method\": \""
                + method
                + "\", \"args\": "
                + args
                + "}")
        .get("result");
  }

  /** GET (body null) or POST to the simulator's admin endpoint. */
  JsonNode admin(String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(simulator + path)).timeout(Duration.ofMinutes(2));
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return JSON.readTree(expect(send(request.build()), 200).body());
  }

  /** A JSON-2 call with the API key, as an Odoo client makes it (counted, subject to faults). */
  JsonNode json2(String model, String method, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(simulator + "/json/2/" + model + "/" + method))
            .timeout(Duration.ofMinutes(1))
            .header("Content-Type", "application/json")
            .header("Authorization", "bearer " + API_KEY)
            .header("X-Odoo-Database", "odoo")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return JSON.readTree(expect(send(request), 200).body());
  }

  JsonNode operator(String method, String path) throws Exception {
    HttpRequest request =
        request(base + path, OPERATOR)
            .timeout(Duration.ofMinutes(30))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
            .build();
    return JSON.readTree(expect(send(request), 200).body());
  }

  /** GET as the buyer. */
  JsonNode get(String path) throws Exception {
    return JSON.readTree(expect(send(request(base + path, BUYER).GET().build()), 200).body());
  }

  /** POST of a JSON body as the buyer, expecting {@code status}. */
  JsonNode post(String path, String json, int status) throws Exception {
    HttpRequest request =
        request(base + path, BUYER)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return JSON.readTree(expect(send(request), status).body());
  }

  String text(String url) throws Exception {
    return expect(send(HttpRequest.newBuilder(URI.create(url)).GET().build()), 200).body();
  }

  static HttpRequest.Builder request(String url, String authorization) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> expect(HttpResponse<String> reply, int status) {
    if (reply.statusCode() != status) {
      throw new IllegalStateException(
          reply.request().uri() + ": " + reply.statusCode() + " " + reply.body());
    }
    return reply;
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
