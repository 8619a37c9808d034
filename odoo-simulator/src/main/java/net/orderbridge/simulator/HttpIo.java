package net.orderbridge.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading requests from and writing replies to the JDK's HTTP server. */
public final class HttpIo {
  private HttpIo() {}

  public static Endpoint.Request read(HttpExchange ex) throws IOException {
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new HashMap<>();
    ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v));
    return new Endpoint.Request(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers, body);
  }

  public static void write(HttpExchange ex, Endpoint.Reply reply) throws IOException {
    ex.getResponseHeaders().set("Server", "Werkzeug/2.2.2 Python/3.11.2");
    ex.getResponseHeaders().set("Content-Type", reply.contentType());
    reply.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    byte[] body = reply.body();
    ex.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
