package net.orderbridge.it.matrix;

import static net.orderbridge.it.SyncFixture.awaitSynced;
import static net.orderbridge.it.SyncFixture.odoo;
import static net.orderbridge.it.SyncFixture.odooOrders;
import static net.orderbridge.it.SyncFixture.operator;
import static net.orderbridge.it.SyncFixture.place;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.Database;
import net.orderbridge.it.FreshDatabase;
import net.orderbridge.it.ItOdoo;
import net.orderbridge.it.LibertyServer;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A webhook hint can't stop polling, over XML-RPC where it once did: a hint about an id outside
 * Odoo's 32-bit ids made {@code XmlRpcArguments} throw before the poll of the same tick, on every
 * tick, and no change made in Odoo came back by polling any more.
 *
 * <p>The build runs this class in a failsafe execution of its own against the matrix server, which
 * it starts with {@code ODOO_TRANSPORT=xmlrpc} against a 19.0 simulator and a poll every {@value
 * #INTERVAL_SECONDS} s (the timer drives the pull here, unlike in {@link OdooMatrixIT}).
 */
@EnabledIfSystemProperty(named = "orderbridge.it.hints.xmlrpc", matches = "true")
class WebhookHintsOverXmlRpcIT {
  private static final int INTERVAL_SECONDS = 5;
  private static final Duration INTERVAL = Duration.ofSeconds(INTERVAL_SECONDS);
  private static final String TOKEN = "it-xmlrpc-webhook-token-0123456789abcdef";
  private static final LibertyServer SERVER = LibertyServer.fromSystemProperties();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void startTheServerOverXmlRpc() throws Exception {
    FreshDatabase.main(new String[] {System.getProperty("orderbridge.db.name")});
    SERVER.start(
        Map.of(
            "ODOO_URL",
            odoo().url(),
            "ODOO_DB",
            "odoo",
            "ODOO_USERNAME",
            "admin",
            "ODOO_API_KEY",
            ItOdoo.API_KEY,
            "ODOO_TRANSPORT",
            "xmlrpc",
            "SYNC_PULL_INTERVAL",
            "PT" + INTERVAL_SECONDS + "S",
            // the seed's orders stay out: their import mirrors the catalogue while the test
            // refreshes it
            "SYNC_PULL_IMPORT",
            "none",
            "WEBHOOK_TOKEN",
            TOKEN),
        List.of("ODOO_*", "REDIS_URL", "WEBHOOK_*", "SYNC_*"));
    mirrorTheCatalogue();
  }

  /** Catalogue mirrored before the first test places an order (the refresh needs the server). */
  private static void mirrorTheCatalogue() {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> operator("POST", "/api/suppliers/refresh", "{}").status() == 200);
  }

  @AfterAll
  static void stopTheServer() {
    SERVER.stop();
  }

  @Test
  void aHintOutsideOdoosIdsIsParkedAndAChangeInOdooStillArrivesWithinOnePollInterval() {
    JsonNode placed = place(unique("xmlrpc-hint"));
    String id = placed.get("id").asText();
    awaitSynced(id, "draft");
    int odooId = ((Number) odooOrders(placed.get("number").asText()).get(0).get("id")).intValue();
    // a hint queued before the door checked ids: the one the running service was seen stuck on
    Database.execute(
        "insert into sync.webhook_hint (model, record_id) values ('purchase.order', 99999999999)");
    // two ticks of the timer meet the hint before the change is made
    await().atMost(INTERVAL.multipliedBy(3)).pollDelay(INTERVAL.multipliedBy(2)).until(() -> true);

    String note = unique("changed in Odoo while a bad hint waits");
    odoo().store().write("purchase.order", odooId, Map.of("note", note));
    long changedAt = System.nanoTime();

    await()
        .atMost(INTERVAL.plusSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> assertThat(SyncFixture.order(id).get("notes").asText()).isEqualTo(note));
    System.out.printf(
        "XMLRPC-HINT change arrived %d ms after it was made in Odoo (poll every %d s)%n",
        (System.nanoTime() - changedAt) / 1_000_000, INTERVAL_SECONDS);

    await()
        .atMost(INTERVAL.multipliedBy(3).plusSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              Reply parked = operator("GET", "/api/sync/realtime/hints", null);
              assertThat(parked.status()).as(parked.body()).isEqualTo(200);
              assertThat(parked.json())
                  .as(parked.body())
                  .anySatisfy(
                      hint -> {
                        assertThat(hint.get("recordId").asLong()).isEqualTo(99999999999L);
                        assertThat(hint.get("attempts").asInt()).isEqualTo(3);
                        assertThat(hint.get("reason").asText()).contains("99999999999");
                      });
            });
    assertThat(operator("GET", "/api/sync/status", null).json().get("parkedHints").asLong())
        .isPositive();
  }

  @Test
  void hintsOutsideOdoosIdsAreRefusedAtTheDoor() throws Exception {
    for (String id : List.of("99999999999", "2147483648", "-1", "0", "\"42\"", "[42]", "1e30")) {
      HttpResponse<String> refused =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(SyncFixture.BASE + "/api/sync/webhooks/odoo/" + TOKEN))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"_model\": \"purchase.order\", \"_id\": " + id + "}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).as(id + ": " + refused.body()).isEqualTo(422);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    assertThat(
            Database.count(
                "select count(*) from sync.webhook_hint where record_id in (2147483648, -1, 0)"))
        .as("hints queued (99999999999 is the other test's, put in the table directly)")
        .isZero();
  }
}
