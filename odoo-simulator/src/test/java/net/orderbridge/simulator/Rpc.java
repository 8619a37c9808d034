package net.orderbridge.simulator;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.xmlrpc.XmlRpcParser;
import net.orderbridge.simulator.xmlrpc.XmlRpcWriter;

/** A minimal XML-RPC and JSON-2 client for tests. */
final class Rpc {
  /** An XML-RPC fault. */
  static final class Fault extends RuntimeException {
    final Object code;

    Fault(Object code, String message) {
      super(message);
      this.code = code;
    }
  }

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  final String url;
  final String db;
  final String secret;

  Rpc(OdooSimulator sim, String secret) {
    this.url = sim.url();
    this.db = sim.config().db();
    this.secret = secret;
  }

  static String call(String method, List<Object> params) {
    StringBuilder sb =
        new StringBuilder("<?xml version='1.0'?>\n<methodCall>\n<methodName>")
            .append(method)
            .append("</methodName>\n<params>\n");
    for (Object p : params) {
      sb.append("<param>\n");
      XmlRpcWriter.value(sb, p);
      sb.append("</param>\n");
    }
    return sb.append("</params>\n</methodCall>\n").toString();
  }

  HttpResponse<byte[]> post(String path, String body, Duration timeout) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url + path))
            .timeout(timeout)
            .header("Content-Type", "text/xml")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  Object xmlrpc(String path, String method, List<Object> params) throws Exception {
    HttpResponse<byte[]> res = post(path, call(method, params), Duration.ofSeconds(10));
    if (res.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + res.statusCode());
    }
    XmlRpcParser.Response r = XmlRpcParser.parseResponse(new ByteArrayInputStream(res.body()));
    if (r.fault()) {
      Map<?, ?> f = (Map<?, ?>) r.value();
      throw new Fault(f.get("faultCode"), (String) f.get("faultString"));
    }
    return r.value();
  }

  Object execute(String model, String method, List<Object> args, Map<String, Object> kwargs)
      throws Exception {
    return xmlrpc(
        "/xmlrpc/2/object", "execute_kw", List.of(db, 2, secret, model, method, args, kwargs));
  }

  Object execute(String model, String method, Object... args) throws Exception {
    return execute(model, method, List.of(args), Map.of());
  }

  /** A call to the admin endpoint, {@code /__admin/...}. */
  HttpResponse<String> admin(String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> json2(String key, String model, String method, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url + "/json/2/" + model + "/" + method))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Authorization", "bearer " + key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
