package net.orderbridge.sync.odoo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP server on a free port that answers each path with a fixed, recorded answer. */
public final class ReplayServer implements AutoCloseable {
  /** What the server received. */
  public record Received(
      String method, String path, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public String bodyText() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** What the server answers on a path. */
  public record Answer(int status, String contentType, byte[] body) {
    public static Answer xml(byte[] body) {
      return new Answer(200, "text/xml; charset=utf-8", body);
    }
  }

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  public final List<Received> received = new CopyOnWriteArrayList<>();

  private ReplayServer(HttpServer server) {
    this.server = server;
  }

  public static ReplayServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ReplayServer replay = new ReplayServer(server);
      server.createContext(
          "/",
          exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            replay.received.add(
                new Received(
                    exchange.getRequestMethod(),
                    path,
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            Answer answer =
                replay.answers.getOrDefault(path, new Answer(404, "text/plain", new byte[0]));
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(
                answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
            exchange.close();
          });
      server.start();
      return replay;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ReplayServer answer(String path, Answer answer) {
    answers.put(path, answer);
    return this;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public Received last() {
    return received.get(received.size() - 1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
