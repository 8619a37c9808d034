package net.orderbridge.it.pull;

import static net.orderbridge.it.pull.PullFixture.count;
import static net.orderbridge.it.pull.PullFixture.odoo;
import static net.orderbridge.it.pull.PullFixture.order;
import static net.orderbridge.it.pull.PullFixture.poll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Changes made in Odoo come back by polling and webhooks; our own pushes do not echo. */
class PullIT {

  private static String placedId(String notes) {
    JsonNode placed = PullFixture.place(notes);
    String id = placed.get("id").asText();
    PullFixture.awaitOrderSettled(id);
    return id;
  }

  private static int odooIdOf(String orderId) {
    return (int) count("select odoo_id from sync.order_binding where order_id = ?::uuid", orderId);
  }

  @Test
  void stateNotesAndLinesChangedInOdooAppearLocallyAfterOnePoll() {
    String id = placedId(PullFixture.unique("pull-odoo-edit"));
    int odooId = odooIdOf(id);
    int lampLine = PullFixture.odooLineId(odooId, 6);

    PullFixture.editInOdoo(odooId, "changed in Odoo", lampLine, 5.0);
    odoo().store().execute("purchase.order", "button_confirm", Map.of("ids", List.of(odooId)));
    poll();

    JsonNode local = order(id);
    assertThat(local.get("notes").asText()).isEqualTo("changed in Odoo");
    assertThat(local.get("state").asText()).isEqualToIgnoringCase("PURCHASE");
    assertThat(PullFixture.localQuantity(id, 6)).isEqualTo(5.0);

    odoo().store().execute("purchase.order", "button_cancel", Map.of("ids", List.of(odooId)));
    poll();
    assertThat(order(id).get("state").asText()).isEqualToIgnoringCase("CANCELLED");
  }

  @Test
  void aFullPollAfterOurOwnPushesReappliesAndRepushesNothing() {
    poll();
    String notes = PullFixture.unique("pull-echo");
    List<String> ids = List.of(placedId(notes), placedId(notes), placedId(notes));
    ids.forEach(PullFixture::awaitOrderSettled);
    long outbox = count("select count(*) from sync.outbox_message");
    long audit = count("select count(*) from purchase_order.audit_entry");

    poll();
    poll();

    assertThat(count("select count(*) from sync.outbox_message")).isEqualTo(outbox);
    assertThat(count("select count(*) from purchase_order.audit_entry")).isEqualTo(audit);
  }

  @Test
  void twoChangesInTheSameSecondAreNotMissed() {
    String id = placedId(PullFixture.unique("pull-same-second"));
    int odooId = odooIdOf(id);

    odoo().store().write("purchase.order", odooId, Map.of("note", "first"));
    poll();
    odoo().store().write("purchase.order", odooId, Map.of("note", "second"));
    poll();

    assertThat(order(id).get("notes").asText()).isEqualTo("second");
  }

  @Test
  void aWebhookHintPullsTheOrderWithinAboutASecond() throws Exception {
    String id = placedId(PullFixture.unique("pull-webhook"));
    int odooId = odooIdOf(id);
    odoo().store().write("purchase.order", odooId, Map.of("note", "hinted"));

    long start = System.nanoTime();
    String body = "{\"_model\": \"purchase.order\", \"_id\": " + odooId + "}";
    PullFixture.Reply reply = signed(body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> "hinted".equals(order(id).get("notes").asText()));
    System.out.printf("webhook to local change: %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }

  private static PullFixture.Reply signed(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("it-webhook-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature =
        "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    return PullFixture.webhook(body, signature);
  }
}
