package net.orderbridge.it.push;

import static net.orderbridge.it.SyncFixture.awaitSettled;
import static net.orderbridge.it.SyncFixture.odoo;
import static net.orderbridge.it.SyncFixture.odooOrdersByKeys;
import static net.orderbridge.it.SyncFixture.placeMany;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed with {@code kill -9} while a batch is on its way to Odoo, then
 * started again: afterwards every order is in Odoo exactly once. The outbox rows survived in
 * PostgreSQL; the dead process's claims run out after their lease ({@code sync.push.lease}, short
 * on the test server); orders whose create may have reached Odoo are looked up by their key before
 * they are created again.
 */
class PushCrashIT {
  private static final Path SERVER = Path.of(System.getProperty("orderbridge.server.dir"));

  @Test
  void killedMidBatchAndRestartedEveryOrderArrivesExactlyOnce() throws Exception {
    String notes = unique("crash");
    odoo().faults().latency(Duration.ofMillis(300), Duration.ZERO);
    List<String> numbers;
    try {
      numbers = placeMany(120, notes);
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> !odooOrdersByKeys(numbers).isEmpty());
      killServer();
      assertThat(odooOrdersByKeys(numbers)).as("the kill came in the middle").hasSizeLessThan(120);
    } finally {
      odoo().faults().clear();
    }
    startServer();

    awaitSettled(notes, Duration.ofMinutes(3));
    Map<Object, Integer> copies = new HashMap<>();
    odooOrdersByKeys(numbers).forEach(order -> copies.merge(order.get("origin"), 1, Integer::sum));
    assertThat(copies).as("one Odoo order per local order").hasSize(120);
    assertThat(copies.values()).containsOnly(1);
  }

  private static void killServer() throws Exception {
    long pid =
        Long.parseLong(Files.readString(SERVER.resolveSibling(".pid/defaultServer.pid")).trim());
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    server.destroyForcibly();
    server.onExit().get();
  }

  private static void startServer() throws Exception {
    Path script = SERVER.getParent().getParent().getParent().resolve("bin/server");
    Process start =
        new ProcessBuilder(script.toString(), "start", "defaultServer").inheritIO().start();
    assertThat(start.waitFor()).isZero();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> Api.anonymous().get("/health/ready").status() == 200);
  }
}
