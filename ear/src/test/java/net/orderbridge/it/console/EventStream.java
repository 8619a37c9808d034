package net.orderbridge.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;

/** A client of {@code GET /api/sync/events} that keeps every event it received, in order. */
final class EventStream implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = Api.client();

  /** One Server-Sent Event: its {@code event:} name and its {@code data:} as JSON. */
  record Event(String name, JsonNode data) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final HttpResponse<Stream<String>> response;

  private EventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    Thread reader = new Thread(this::read, "sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens a stream as this user and waits until the server says it listens. */
  static EventStream open(String user, String password) throws Exception {
    HttpResponse<Stream<String>> response =
        HTTP.sendAsync(request(user, password), HttpResponse.BodyHandlers.ofLines())
            .get(60, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    EventStream stream = new EventStream(response);
    stream.awaitEvent("ready", e -> true);
    return stream;
  }

  static HttpRequest request(String user, String password) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(SyncFixture.BASE + "/api/sync/events"))
            .header("Accept", "text/event-stream");
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return request.build();
  }

  private void read() {
    String name = "message";
    List<String> data = new ArrayList<>();
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (!data.isEmpty()) {
            events.add(new Event(name, JSON.readTree(String.join("\n", data))));
          }
          name = "message";
          data.clear();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          data.add(line.substring(5).trim());
        }
      }
    } catch (Exception closed) {
      // the test closed the stream
    }
  }

  /** Waits for an event of this name whose data matches; returns it. */
  Event awaitEvent(String name, Predicate<JsonNode> matching) {
    return awaitEvent(name, matching, Duration.ofSeconds(60));
  }

  /** Waits at most {@code patience} for an event of this name whose data matches; returns it. */
  Event awaitEvent(String name, Predicate<JsonNode> matching, Duration patience) {
    return await()
        .atMost(patience)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> find(name, matching), Optional::isPresent)
        .orElseThrow();
  }

  /** The event of this order and name, if one came. */
  Optional<Event> find(String name, Predicate<JsonNode> matching) {
    return events.stream()
        .filter(e -> e.name().equals(name) && matching.test(e.data()))
        .findFirst();
  }

  List<Event> of(String orderId) {
    return events.stream().filter(e -> orderId.equals(e.data().path("orderId").asText())).toList();
  }

  static Predicate<JsonNode> about(String orderId) {
    return data -> orderId.equals(data.path("orderId").asText());
  }

  @Override
  public void close() {
    response.body().close();
  }
}
