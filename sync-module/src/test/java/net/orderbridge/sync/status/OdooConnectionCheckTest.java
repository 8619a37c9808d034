package net.orderbridge.sync.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import net.orderbridge.supplier.fixture.MutableClock;
import net.orderbridge.sync.odoo.OdooReference;
import net.orderbridge.sync.odoo.ReplayServer;
import net.orderbridge.sync.odoo.ReplayServer.Answer;
import net.orderbridge.sync.odoo.TestSettings;
import net.orderbridge.sync.odoo.TransportChoice;
import net.orderbridge.sync.odoo.transport.OdooClientFactory;
import net.orderbridge.sync.push.CircuitWatch;
import net.orderbridge.sync.status.OdooConnectionProbe.OdooConnection;
import org.junit.jupiter.api.Test;

/**
 * Readiness, status and JMX share one answer of Odoo per {@code sync.status.odoo-check-ttl}; the
 * real JSON-2 client asks a server that replays Odoo 19's {@code /json/version}.
 */
class OdooConnectionCheckTest {
  private final MutableClock clock = new MutableClock();
  private final CircuitWatch circuit = new CircuitWatch();

  @Test
  void checksWithinTheTtlShareOneCallToOdooAndALaterOneAsksAgain() {
    try (ReplayServer server = odoo19()) {
      OdooConnectionCheck check = checkOf(server);

      OdooConnection first = check.check();
      clock.advance(Duration.ofSeconds(4));
      OdooConnection second = check.check();
      check.check();

      assertThat(first.reachable()).isTrue();
      assertThat(first.version()).startsWith("19");
      assertThat(second).isEqualTo(first);
      assertThat(server.received).as("calls to Odoo within the TTL").hasSize(1);

      server.answer("/json/version", new Answer(503, "text/html", "<h1>down</h1>".getBytes()));
      clock.advance(Duration.ofSeconds(1));
      OdooConnection later = check.check();

      assertThat(server.received).as("calls to Odoo once the TTL passed").hasSize(2);
      assertThat(later.reachable()).isFalse();
      assertThat(later.error()).contains("503");
      assertThat(later.version()).as("the last version known").isEqualTo(first.version());
    }
  }

  @Test
  void theCircuitIsReadFreshWhileOdoosAnswerIsKept() {
    try (ReplayServer server = odoo19()) {
      OdooConnectionCheck check = checkOf(server);
      assertThat(check.check().circuit()).isEqualTo(CircuitWatch.CLOSED);

      circuit.opened();

      assertThat(check.check().circuit()).isEqualTo(CircuitWatch.OPEN);
      assertThat(server.received).hasSize(1);
    }
  }

  @Test
  void aHangingOdooIsAnsweredForWithinTheWaitAndAskedOnlyOnce() throws Exception {
    var version = OdooReference.json2Answer("01_json_version");
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger asked = new AtomicInteger();
    HttpServer hanging =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hanging.setExecutor(Executors.newCachedThreadPool());
    hanging.createContext(
        "/json/version",
        exchange -> {
          asked.incrementAndGet();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.getResponseHeaders().add("Content-Type", version.contentType());
          exchange.sendResponseHeaders(200, version.body().length);
          exchange.getResponseBody().write(version.body());
          exchange.close();
        });
    hanging.start();
    try {
      OdooConnectionCheck check =
          checkOf(
              URI.create("http://127.0.0.1:" + hanging.getAddress().getPort()),
              Duration.ofMillis(200));
      check.executor = Executors.newCachedThreadPool();

      OdooConnection first = check.check();
      OdooConnection second = check.check();

      assertThat(first.reachable()).isFalse();
      assertThat(first.error()).contains("has not answered within PT0.2S");
      assertThat(second.reachable()).isFalse();
      assertThat(asked).as("one question in flight for both checks").hasValue(1);

      release.countDown();
      OdooConnection answered = second;
      for (int i = 0; i < 50 && !answered.reachable(); i++) {
        Thread.sleep(100);
        answered = check.check();
      }
      assertThat(answered.reachable()).as("the question's answer, once it came").isTrue();
      assertThat(answered.version()).startsWith("19");
      assertThat(asked).hasValue(1);
    } finally {
      release.countDown();
      hanging.stop(0);
    }
  }

  private static ReplayServer odoo19() {
    var version = OdooReference.json2Answer("01_json_version");
    return ReplayServer.start()
        .answer("/json/version", new Answer(200, version.contentType(), version.body()));
  }

  private OdooConnectionCheck checkOf(ReplayServer server) {
    return checkOf(server.uri(), Duration.ofSeconds(5));
  }

  /** A check of the Odoo at {@code url} over JSON-2 that asks on the calling thread. */
  private OdooConnectionCheck checkOf(URI url, Duration wait) {
    OdooConnectionCheck check =
        new OdooConnectionCheck(
            OdooClientFactory.create(TestSettings.forServer(url, TransportChoice.JSON2)),
            circuit,
            null,
            clock,
            Duration.ofSeconds(5),
            wait);
    check.executor = Runnable::run;
    return check;
  }
}
