package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.orderbridge.sync.odoo.json2.Json2OdooClient;
import net.orderbridge.sync.odoo.xmlrpc.XmlRpcOdooClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A peer at {@code ODOO_URL} that never stops answering: the call is aborted at the limit with a
 * permanent protocol error, over either transport, and the client reads no further.
 */
class ResponseSizeLimitTest {
  private static final long LIMIT = 256 * 1024;
  private static final byte[] CHUNK = new byte[64 * 1024];

  private final AtomicLong sent = new AtomicLong();
  private HttpServer server;
  private URI url;

  @BeforeEach
  void endlessServer() throws IOException {
    Arrays.fill(CHUNK, (byte) ' ');
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/announced",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, 10L * 1024 * 1024 * 1024);
          stream(exchange.getResponseBody());
        });
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "text/xml");
          exchange.sendResponseHeaders(200, 0); // chunked, no length announced
          stream(exchange.getResponseBody());
        });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Writes until the client goes away (or 8 GiB, which no test may ever reach). */
  private void stream(OutputStream out) {
    try (out) {
      out.write(
          "<?xml version=\"1.0\"?><methodResponse><params><param><value><string>"
              .getBytes(StandardCharsets.US_ASCII));
      while (sent.get() < 8L * 1024 * 1024 * 1024) {
        out.write(CHUNK);
        sent.addAndGet(CHUNK.length);
      }
    } catch (IOException clientLeft) {
      // the expected end
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private OdooConnectionSettings limited(URI base, TransportChoice transport) {
    OdooConnectionSettings s = TestSettings.forServer(base, transport);
    return new OdooConnectionSettings(
        s.url(),
        s.db(),
        s.username(),
        s.secret(),
        s.connectTimeout(),
        Duration.ofSeconds(30),
        s.transport(),
        LIMIT);
  }

  @Test
  void anEndlessXmlRpcAnswerIsCutOffAtTheLimit() {
    OdooClient client = new XmlRpcOdooClient(new OdooHttp(limited(url, TransportChoice.XMLRPC)));
    assertCutOff(catchThrowable(() -> client.searchCount("purchase.order", List.of(), null)));
  }

  @Test
  void anEndlessJson2AnswerIsCutOffAtTheLimit() {
    OdooClient client = new Json2OdooClient(new OdooHttp(limited(url, TransportChoice.JSON2)));
    assertCutOff(catchThrowable(() -> client.searchCount("purchase.order", List.of(), null)));
  }

  @Test
  void anAnnouncedOversizedAnswerIsRefusedBeforeItsBody() {
    OdooHttp http = new OdooHttp(limited(url, TransportChoice.JSON2));
    Throwable thrown = catchThrowable(() -> http.get("/announced"));
    assertThat(thrown)
        .isInstanceOf(OdooProtocolException.class)
        .hasMessageContaining("announced 10737418240 bytes");
    assertThat(sent.get()).isLessThan(64L * 1024 * 1024);
  }

  @Test
  void anAnswerWithinTheLimitIsRead() {
    server.createContext(
        "/small",
        exchange -> {
          byte[] body = new byte[(int) LIMIT];
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    assertThat(new OdooHttp(limited(url, TransportChoice.JSON2)).get("/small").body())
        .hasSize((int) LIMIT);
  }

  @Test
  void theLimitIsConfiguredInBytesOrBinaryUnits() {
    assertThat(OdooConnectionSettings.size("1048576")).isEqualTo(1024 * 1024);
    assertThat(OdooConnectionSettings.size("512k")).isEqualTo(512 * 1024);
    assertThat(OdooConnectionSettings.size("64M")).isEqualTo(64L * 1024 * 1024);
    assertThat(OdooConnectionSettings.size("1G")).isEqualTo(1024L * 1024 * 1024);
    assertThatThrownBy(() -> OdooConnectionSettings.size("lots"))
        .hasMessageContaining("ODOO_MAX_RESPONSE_SIZE");
  }

  private void assertCutOff(Throwable thrown) {
    assertThat(thrown)
        .isInstanceOf(OdooProtocolException.class)
        .hasMessageContaining("larger than " + LIMIT + " bytes")
        .hasMessageContaining("ODOO_MAX_RESPONSE_SIZE");
    assertThat(((OdooException) thrown).errorType()).isEqualTo(ErrorType.PERMANENT);
    // the client stopped reading: the server could not push much past the limit and socket buffers
    assertThat(sent.get()).isLessThan(64L * 1024 * 1024);
  }
}
