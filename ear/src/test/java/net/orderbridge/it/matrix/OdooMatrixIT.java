package net.orderbridge.it.matrix;

import static net.orderbridge.it.SyncFixture.awaitSynced;
import static net.orderbridge.it.SyncFixture.buyer;
import static net.orderbridge.it.SyncFixture.odoo;
import static net.orderbridge.it.SyncFixture.odooLineIds;
import static net.orderbridge.it.SyncFixture.odooLines;
import static net.orderbridge.it.SyncFixture.odooOrders;
import static net.orderbridge.it.SyncFixture.operator;
import static net.orderbridge.it.SyncFixture.place;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.FreshDatabase;
import net.orderbridge.it.ItOdoo;
import net.orderbridge.it.LibertyServer;
import net.orderbridge.it.SyncFixture;
import net.orderbridge.it.push.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Push and pull against the Odoo versions and transports the main suite does not use (it runs
 * against 19.0 over JSON-2). The build runs this class once per row of the matrix, each time in a
 * failsafe execution of its own that names the simulator's version ({@code
 * orderbridge.it.odoo.version}), the server's {@code ODOO_TRANSPORT} ({@code
 * orderbridge.it.odoo.transport}) and the protocol the server must end up speaking ({@code
 * orderbridge.it.odoo.expected-transport}): 16.0 with {@code auto} (no JSON-2 there, so XML-RPC)
 * and 19.0 with {@code xmlrpc} forced.
 *
 * <p>The matrix server is a Liberty of its own (its own ports and database, created by the build).
 * This class empties its database, starts the simulator and starts the server with the Odoo
 * settings as environment variables, the key in a file ({@code ODOO_API_KEY_FILE}), as an operator
 * would; afterwards it stops the server and checks that no log holds the key. The server does not
 * poll Odoo by itself ({@code sync.pull.interval} of an hour): the tests poll, and no background
 * call can take the fault meant for a create. Outside a matrix execution (no row named) it is
 * skipped.
 */
@EnabledIfSystemProperty(named = "orderbridge.it.odoo.expected-transport", matches = ".+")
class OdooMatrixIT {
  private static final String VERSION = System.getProperty("orderbridge.it.odoo.version");
  private static final String TRANSPORT = System.getProperty("orderbridge.it.odoo.transport");
  private static final String EXPECTED =
      System.getProperty("orderbridge.it.odoo.expected-transport");
  private static final LibertyServer SERVER = LibertyServer.fromSystemProperties();

  @BeforeAll
  static void startTheServerAgainstThisOdoo() throws Exception {
    FreshDatabase.main(new String[] {System.getProperty("orderbridge.db.name")});
    Path key = SERVER.dir().resolve("odoo-api-key");
    Files.writeString(key, ItOdoo.API_KEY + "\n", StandardCharsets.UTF_8);
    SERVER.start(
        Map.of(
            "ODOO_URL",
            odoo().url(),
            "ODOO_DB",
            "odoo",
            "ODOO_USERNAME",
            "admin",
            "ODOO_API_KEY_FILE",
            key.toString(),
            "ODOO_TRANSPORT",
            TRANSPORT,
            "SYNC_PULL_INTERVAL",
            "PT1H"),
        List.of("ODOO_*", "REDIS_URL", "WEBHOOK_*"));
  }

  @AfterAll
  static void stopTheServerAndLookForTheKeyInItsLogs() {
    SERVER.stop();
    assertThat(SERVER.logsContaining(ItOdoo.API_KEY)).as("logs holding the Odoo API key").isEmpty();
  }

  @Test
  void theServerSpeaksTheExpectedProtocolToThisVersion() {
    JsonNode placed = place(unique("matrix-transport"));
    awaitSynced(placed.get("id").asText(), "draft");

    JsonNode status = operator("GET", "/api/sync/status", null).json().get("odoo");
    assertThat(status.get("reachable").asBoolean()).as(status.toString()).isTrue();
    assertThat(status.get("version").asText()).isEqualTo(VERSION);
    assertThat(status.get("transport").asText()).isEqualTo(EXPECTED);
    Map<String, Long> requests = odoo().requests();
    String spoken = EXPECTED.equals("XMLRPC") ? "xmlrpc" : "json2";
    String unspoken = EXPECTED.equals("XMLRPC") ? "json2" : "xmlrpc";
    assertThat(requests.get(spoken)).as(requests.toString()).isPositive();
    assertThat(requests.get(unspoken)).as(requests.toString()).isZero();
    if (TRANSPORT.equals("auto")) {
      assertThat(requests.get("version")).as("auto asks /json/version once").isEqualTo(1);
    } else {
      assertThat(requests.get("version")).as("a forced transport asks nothing").isZero();
    }
  }

  @Test
  void anOrderIsCreatedWithItsLinesRevisedConfirmedAndCancelledOnce() {
    String notes = unique("matrix-lifecycle: Müller & Söhne <eilig> 'ok' 😀 ¥");
    JsonNode placed = place(notes);
    String id = placed.get("id").asText();
    String number = placed.get("number").asText();
    awaitSynced(id, "draft");
    Object odooId = odooOrders(number).get(0).get("id");
    assertThat(odoo().store().read("purchase.order", ((Number) odooId).intValue()).get("note"))
        .as("the notes, markup and all characters intact")
        .isEqualTo(placed.get("notes").asText());
    String uom = VERSION.equals("19.0") ? "product_uom_id" : "product_uom";
    assertThat(
            odoo()
                .store()
                .searchRead(
                    "purchase.order.line",
                    List.of(List.of("order_id", "=", odooId)),
                    List.of("product_id", "product_qty", uom)))
        .extracting(
            l -> ((List<?>) l.get("product_id")).get(0),
            l -> l.get("product_qty"),
            l -> ((List<?>) l.get(uom)).get(1))
        .containsExactlyInAnyOrder(tuple(5, 1.0, "Units"), tuple(6, 2.0, "Units"));
    List<Long> before = odooLineIds(odooId);

    Reply revised =
        SyncFixture.reviseChairDropLamps(
            id,
            ("{\"productId\": \"%s\", \"quantity\": 3, \"unitPrice\": 12.75,"
                    + " \"plannedDate\": \"2031-03-14\"}")
                .formatted(SyncFixture.product(5)));
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    SyncFixture.awaitChairRevisionInOdoo(odooId, before);
    assertThat(odooLines(odooId))
        .filteredOn(l -> l.get("product_qty").equals(3.0))
        .extracting(l -> l.get("price_unit"))
        .containsExactly(12.75);
    assertThat(
            odoo()
                .store()
                .searchRead(
                    "purchase.order.line",
                    List.of(List.of("order_id", "=", odooId), List.of("product_qty", "=", 3.0)),
                    List.of("date_planned")))
        .extracting(l -> String.valueOf(l.get("date_planned")))
        .containsExactly("2031-03-14 12:00:00");

    SyncFixture.confirmThenCancel(id);
    assertThat(odooLines(odooId)).hasSize(2);
  }

  @Test
  void aCreateWhoseAnswerIsLostIsFoundByItsKeyAndNotSentAgain() throws Exception {
    String notes = unique("matrix-lost-answer");
    awaitSynced(place(unique("matrix-warm-up")).get("id").asText(), "draft");
    // aimed at the create: a drop of any next call could hit the database check before the batch
    odoo().faults().dropResponseAfterCommitOfNext("purchase.order create", 1);
    List<String> numbers = SyncFixture.placeMany(10, notes);

    Delivery.awaitAllDelivered(notes, numbers, Duration.ofMinutes(2));
    assertThat(odoo().faults().describe().get("dropResponseAfterCommitOf"))
        .as("the create's answer was lost")
        .isEqualTo(java.util.Map.of("purchase.order create", 0));
    assertThat(
            SyncFixture.count(
                "select count(*) from sync.outbox_message m"
                    + " join purchase_order.purchase_order o on o.id = m.order_id"
                    + " where o.notes = ? and m.attempts > 0",
                notes))
        .as("messages pushed again after the lost answer")
        .isPositive();
  }

  @Test
  void aConfirmAndALockMadeInOdooComeBackByPolling() {
    JsonNode placed = place(unique("matrix-pull"));
    String id = placed.get("id").asText();
    awaitSynced(id, "draft");
    int odooId = ((Number) odooOrders(placed.get("number").asText()).get(0).get("id")).intValue();
    int lampLine = SyncFixture.odooLineId(odooId, 6);

    String odooNote = "<p>changed in Odoo " + VERSION + " & co 😀</p>";
    SyncFixture.editInOdoo(odooId, odooNote, lampLine, 5.0);
    odoo().store().execute("purchase.order", "button_confirm", Map.of("ids", List.of(odooId)));
    poll();
    assertThat(
            SyncFixture.count("select count(*) from sync.order_binding where odoo_id is not null"))
        .as("every Odoo order bound once: ours pushed, the others (the seed's) imported")
        .isEqualTo(odoo().store().count("purchase.order", List.of()));
    JsonNode local = order(id);
    assertThat(local.get("state").asText()).isEqualToIgnoringCase("PURCHASE");
    assertThat(local.get("notes").asText()).isEqualTo(odooNote);
    assertThat(local.get("lines"))
        .extracting(l -> l.get("productId").asText(), l -> l.get("quantity").asDouble())
        .contains(tuple(SyncFixture.product(6), 5.0));

    odoo().store().execute("purchase.order", "button_lock", Map.of("ids", List.of(odooId)));
    assertThat(odoo().store().read("purchase.order", odooId).get("state"))
        .as("16-18 lock with the state done, 19 with a flag")
        .isEqualTo(VERSION.equals("19.0") ? "purchase" : "done");
    poll();
    local = order(id);
    assertThat(local.get("state").asText()).isEqualToIgnoringCase("PURCHASE");
    assertThat(local.get("locked").asBoolean()).isTrue();

    odoo().store().execute("purchase.order", "button_unlock", Map.of("ids", List.of(odooId)));
    poll();
    assertThat(order(id).get("locked").asBoolean()).isFalse();
    assertThat(buyer("POST", "/api/purchase-orders/" + id + "/cancel", null).status())
        .isEqualTo(200);
    awaitSynced(id, "cancel");
  }

  private static void poll() {
    Reply reply = operator("POST", "/api/sync/pull", "");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static JsonNode order(String id) {
    return buyer("GET", "/api/purchase-orders/" + id, null).json();
  }
}
