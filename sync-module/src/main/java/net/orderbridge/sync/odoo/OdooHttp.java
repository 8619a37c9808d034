package net.orderbridge.sync.odoo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import net.orderbridge.sync.odoo.OdooUnavailableException.Outcome;

/**
 * The one HTTP exchange both transports use, on the JDK {@link HttpClient}. Never on {@code
 * HttpURLConnection}: that one silently re-sends a POST when the connection drops before the answer
 * ({@code sun.net.http.retryPost}), and against Odoo, which has no idempotency key, a second {@code
 * create} is a second purchase order. {@link HttpClient} does not retry POST.
 *
 * <p>Answers are read up to {@link OdooConnectionSettings#maxResponseBytes()} ({@code
 * ODOO_MAX_RESPONSE_SIZE}) and refused beyond it, so that a wrong URL or a hostile peer cannot fill
 * the heap. Connect and read timeouts are always set; redirects are not followed (a redirected POST
 * would be replayed as a GET); TLS uses the JVM's default trust store and host name verification.
 */
public final class OdooHttp {
  private final HttpClient client;
  private final OdooConnectionSettings settings;

  public OdooHttp(OdooConnectionSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public OdooConnectionSettings settings() {
    return settings;
  }

  /** POSTs {@code body} to {@code path} (below the Odoo URL) and returns the answer, any status. */
  public HttpResponse<byte[]> post(String path, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request.build(), path);
  }

  /** GETs {@code path} (below the Odoo URL) and returns the answer, any status. */
  public HttpResponse<byte[]> get(String path) {
    return send(request(path).GET().build(), path);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(settings.url() + path))
        .timeout(settings.readTimeout());
  }

  private HttpResponse<byte[]> send(HttpRequest request, String path) {
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, new BoundedBody(settings.maxResponseBytes()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OdooUnavailableException(Outcome.UNKNOWN, null, "interrupted: " + path, e);
    } catch (IOException e) {
      throw failure(e, path);
    }
    unavailableStatus(response.statusCode(), path);
    return response;
  }

  /**
   * Statuses that proxies and Odoo use for "busy or down". 429 is refused before any work; after a
   * 502/503/504 the request may have reached Odoo and committed.
   */
  private static void unavailableStatus(int status, String path) {
    switch (status) {
      case 429 ->
          throw new OdooUnavailableException(
              Outcome.NOT_APPLIED, "HTTP 429", "Odoo throttled " + path, null);
      case 502, 503, 504 ->
          throw new OdooUnavailableException(
              Outcome.UNKNOWN,
              "HTTP " + status,
              "Odoo or its proxy answered " + status + " to " + path,
              null);
      default -> {}
    }
  }

  private RuntimeException failure(IOException e, String path) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BoundedBody.TooLarge tooLarge) {
        return new OdooProtocolException(
            null,
            tooLarge.getMessage()
                + " on "
                + path
                + ": the call was aborted (limit ODOO_MAX_RESPONSE_SIZE). Is ODOO_URL an Odoo"
                + " server, or does one call ask for too much?",
            e);
      }
    }
    String what =
        e.getClass().getSimpleName()
            + " on "
            + path
            + ": "
            + settings.secret().redact(e.getMessage());
    if (e instanceof SSLHandshakeException) {
      return new OdooProtocolException(null, "TLS handshake with Odoo failed: " + what, e);
    }
    if (e instanceof HttpConnectTimeoutException
        || e instanceof ConnectException
        || e.getCause() instanceof UnresolvedAddressException) {
      return new OdooUnavailableException(
          Outcome.NOT_SENT, null, "cannot connect to Odoo: " + what, e);
    }
    if (e instanceof HttpTimeoutException) {
      return new OdooUnavailableException(
          Outcome.UNKNOWN,
          null,
          "no answer from Odoo within " + settings.readTimeout() + ": " + what,
          e);
    }
    return new OdooUnavailableException(
        Outcome.UNKNOWN, null, "connection to Odoo failed: " + what, e);
  }
}
