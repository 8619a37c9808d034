package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.orderbridge.simulator.webhook.WebhookSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {
  private HttpServer receiver;
  private final BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
  private OdooSimulator sim;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes());
          received.add(new String[] {body, ex.getRequestHeaders().getFirst("X-Odoo-Signature")});
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    receiver.start();
    sim =
        OdooSimulator.builder()
            .port(0)
            .webhookUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")
            .webhookSecret("s3cret")
            .build()
            .start();
  }

  @AfterEach
  void stop() {
    sim.stop();
    receiver.stop(0);
  }

  @Test
  void createAndWriteOfAnOrderPostSignedNotifications() throws Exception {
    Rpc rpc = new Rpc(sim, "admin");
    int id = (Integer) rpc.execute("purchase.order", "create", Map.of("partner_id", 10));
    String[] created = received.poll(5, TimeUnit.SECONDS);
    assertThat(created).isNotNull();
    Map<?, ?> payload = new ObjectMapper().readValue(created[0], Map.class);
    assertThat(payload.get("_model")).isEqualTo("purchase.order");
    assertThat(payload.get("_id")).isEqualTo(id);
    assertThat(payload.get("_action")).isEqualTo(WebhookSender.ACTION);
    assertThat(payload.get("state")).isEqualTo("draft");
    assertThat(created[1])
        .isEqualTo("sha256=" + WebhookSender.sign("s3cret", created[0].getBytes()));

    sim.store().write("purchase.order", id, Map.of("partner_ref", "CHANGED-IN-ODOO"));
    String[] written = received.poll(5, TimeUnit.SECONDS);
    assertThat(written).isNotNull();
    assertThat(written[0]).contains("\"_id\":" + id);

    rpc.execute(
        "res.partner", "write", List.of(List.of(10), Map.of("email", "x@example.com")), Map.of());
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void webhooksSwitchedOffSendNothingUntilSwitchedOnAgain() throws Exception {
    Rpc rpc = new Rpc(sim, "admin");
    sim.webhooks(false);
    sim.store().write("purchase.order", 1, Map.of("partner_ref", "quiet"));
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();

    assertThat(rpc.admin("POST", "/__admin/webhooks", "{\"enabled\": true}").body())
        .contains("\"enabled\":true");
    sim.store().write("purchase.order", 1, Map.of("partner_ref", "heard"));
    String[] heard = received.poll(5, TimeUnit.SECONDS);
    assertThat(heard).isNotNull();
    assertThat(heard[0]).contains("\"_id\":1");
  }

  @Test
  void aFailingCallSendsNothing() throws Exception {
    Rpc rpc = new Rpc(sim, "admin");
    try {
      rpc.execute("purchase.order", "create", Map.of("partner_id", 99999));
    } catch (Rpc.Fault expected) {
      // MissingError
    }
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }
}
