package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.odoo.OdooUnavailableException.Outcome;
import net.orderbridge.sync.odoo.json2.Json2OdooClient;
import net.orderbridge.sync.odoo.xmlrpc.XmlRpcOdooClient;
import org.junit.jupiter.api.Test;

/** What happens when the network, not Odoo, fails: never a second POST, always a timeout. */
class TransportFailuresTest {

  @Test
  void httpUrlConnectionWouldSilentlySendTheCreateTwice() throws IOException {
    // the reason this client never uses HttpURLConnection (and proof the server below counts right)
    try (DroppingServer server = new DroppingServer()) {
      HttpURLConnection c =
          (HttpURLConnection) server.uri().resolve("/xmlrpc/2/object").toURL().openConnection();
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      try (OutputStream out = c.getOutputStream()) {
        out.write("<methodCall/>".getBytes());
      }
      catchThrowable(c::getResponseCode);
      assertThat(server.requests.get()).isEqualTo(2);
    }
  }

  @Test
  void xmlRpcSendsALostCreateExactlyOnceAndSaysTheOutcomeIsUnknown() throws IOException {
    try (DroppingServer server = new DroppingServer()) {
      OdooClient client =
          new XmlRpcOdooClient(
              new OdooHttp(TestSettings.forServer(server.uri(), TransportChoice.XMLRPC)));
      Throwable thrown = catchThrowable(() -> client.authenticate());
      assertThat(thrown).isInstanceOf(OdooUnavailableException.class);
      assertThat(((OdooUnavailableException) thrown).outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(thrown).hasMessageContaining("outcome UNKNOWN");
      assertThat(server.requests.get()).isEqualTo(1);
    }
  }

  @Test
  void json2SendsALostCreateExactlyOnceAndSaysTheOutcomeIsUnknown() throws IOException {
    try (DroppingServer server = new DroppingServer()) {
      OdooClient client =
          new Json2OdooClient(
              new OdooHttp(TestSettings.forServer(server.uri(), TransportChoice.JSON2)));
      Throwable thrown =
          catchThrowable(() -> client.create("purchase.order", Map.of("partner_id", 10L)));
      assertThat(((OdooUnavailableException) thrown).outcomeUnknown()).isTrue();
      assertThat(server.requests.get()).isEqualTo(1);
    }
  }

  @Test
  void aHeldAnswerTimesOutAfterTheReadTimeout() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      OdooClient client =
          new XmlRpcOdooClient(
              new OdooHttp(TestSettings.withReadTimeout(url, Duration.ofMillis(500))));
      long start = System.nanoTime();
      Throwable thrown = catchThrowable(() -> client.authenticate());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(thrown).isInstanceOf(OdooUnavailableException.class);
      assertThat(((OdooUnavailableException) thrown).outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(took).isLessThan(Duration.ofSeconds(5));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aRefusedConnectionWasNotSent() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    OdooClient client =
        new XmlRpcOdooClient(
            new OdooHttp(
                TestSettings.forServer(
                    URI.create("http://127.0.0.1:" + port), TransportChoice.XMLRPC)));
    Throwable thrown = catchThrowable(() -> client.searchCount("purchase.order", List.of(), null));
    assertThat(thrown).isInstanceOf(OdooUnavailableException.class);
    assertThat(((OdooUnavailableException) thrown).outcome()).isEqualTo(Outcome.NOT_SENT);
  }
}
