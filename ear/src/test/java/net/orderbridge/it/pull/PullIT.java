package net.orderbridge.it.pull;

import static net.orderbridge.it.SyncFixture.odooIdOf;
import static net.orderbridge.it.pull.PullFixture.count;
import static net.orderbridge.it.pull.PullFixture.odoo;
import static net.orderbridge.it.pull.PullFixture.order;
import static net.orderbridge.it.pull.PullFixture.poll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.Database;
import net.orderbridge.simulator.SimulatorStore;
import org.junit.jupiter.api.Test;

/** Changes made in Odoo come back by polling and webhooks; our own pushes do not echo. */
class PullIT {

  private static String placedId(String notes) {
    JsonNode placed = PullFixture.place(notes);
    String id = placed.get("id").asText();
    PullFixture.awaitOrderSettled(id);
    return id;
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
  void aFullPollAfterAThousandOfOurOwnPushesReappliesAndRepushesNothing() throws Exception {
    String notes = PullFixture.unique("pull-echo");
    List<String> numbers = PullFixture.placeMany(1000, notes);
    PullFixture.awaitSettled(notes, Duration.ofMinutes(2));
    String ours = " join purchase_order.purchase_order o on o.id = x.order_id where o.notes = ?";
    assertThat(
            count(
                "select count(*) from sync.order_binding x" + ours + " and x.odoo_id is not null",
                notes))
        .isEqualTo(1000);
    Map<Object, Object> odooBefore = odooWriteDates(numbers);
    long outbox = count("select count(*) from sync.outbox_message x" + ours, notes);
    long audit = count("select count(*) from purchase_order.audit_entry x" + ours, notes);
    String synced = latest("sync.order_binding", "synced_at", ours, notes);
    String agreed = latest("sync.order_snapshot", "taken_at", ours, notes);

    net.orderbridge.it.Database.execute("delete from sync.pull_cursor");
    net.orderbridge.it.Database.execute("delete from sync.pulled_version");
    long start = System.nanoTime();
    JsonNode polled = poll();
    System.out.printf("full poll: %s in %d ms%n", polled, (System.nanoTime() - start) / 1_000_000);

    assertThat(polled.get("read").asInt())
        .as("a full poll, from the start, every order judged afresh")
        .isGreaterThanOrEqualTo(1000);
    assertThat(count("select count(*) from sync.outbox_message x" + ours, notes)).isEqualTo(outbox);
    assertThat(count("select count(*) from purchase_order.audit_entry x" + ours, notes))
        .isEqualTo(audit);
    assertThat(latest("sync.order_binding", "synced_at", ours, notes))
        .as("no binding rewritten")
        .isEqualTo(synced);
    assertThat(latest("sync.order_snapshot", "taken_at", ours, notes))
        .as("no snapshot rewritten")
        .isEqualTo(agreed);
    assertThat(odooWriteDates(numbers)).as("nothing pushed to Odoo again").isEqualTo(odooBefore);

    String judged =
        " from sync.pulled_version v join sync.order_binding x on x.odoo_id = v.odoo_id";
    assertThat(count("select count(*)" + judged + ours, notes)).isEqualTo(1000);
    String judgedAt = Database.text("select max(v.judged_at)::text" + judged + ours, notes);
    poll();
    assertThat(Database.text("select max(v.judged_at)::text" + judged + ours, notes))
        .as("read again within the overlap window, not judged again")
        .isEqualTo(judgedAt);
  }

  /**
   * A run of a poll holds our own pushes coming back and, among them, orders changed in Odoo: the
   * echoes are passed by together, the changes applied. Every version is forgotten first so that
   * the poll judges all of them afresh (a timer poll may have judged the echoes already).
   */
  @Test
  void changesInOdooAmongOurOwnEchoesAreAppliedAndTheEchoesLeftAlone() throws Exception {
    String notes = PullFixture.unique("pull-echo-mixed");
    PullFixture.placeMany(24, notes);
    PullFixture.awaitSettled(notes, Duration.ofMinutes(1));
    String ours = " join purchase_order.purchase_order o on o.id = x.order_id where o.notes = ?";
    List<Long> odooIds =
        Database.numbers(
            "select x.odoo_id from sync.order_binding x" + ours + " order by x.odoo_id", notes);
    assertThat(odooIds).hasSize(24);
    List<Long> edited = List.of(odooIds.get(3), odooIds.get(11), odooIds.get(12), odooIds.get(19));
    for (long odooId : edited) {
      PullFixture.editOdooQuantity((int) odooId, 6, 9.0);
    }
    String untouched =
        ours
            + " and x.order_id not in (select b.order_id from sync.order_binding b"
            + " where b.odoo_id in "
            + sqlList(edited)
            + ")";
    String agreed = latest("sync.order_snapshot", "taken_at", untouched, notes);
    long audit = count("select count(*) from purchase_order.audit_entry x" + untouched, notes);
    String editedOrders =
        " where x.order_id in (select b.order_id from sync.order_binding b where b.odoo_id in "
            + sqlList(edited)
            + ")";
    long outboxOfEdited =
        Database.count("select count(*) from sync.outbox_message x" + editedOrders);
    Database.execute("delete from sync.pulled_version where odoo_id in " + sqlList(odooIds));

    JsonNode polled = poll();

    assertThat(polled.get("failed").asInt()).isZero();
    for (long odooId : edited) {
      String orderId =
          Database.text("select order_id::text from sync.order_binding where odoo_id = ?", odooId);
      assertThat(PullFixture.localQuantity(orderId, 6))
          .as("Odoo's new quantity of order " + odooId)
          .isEqualTo(9.0);
    }
    assertThat(Database.count("select count(*) from sync.outbox_message x" + editedOrders))
        .as("a change that came from Odoo never passes through the outbox")
        .isEqualTo(outboxOfEdited);
    assertThat(
            Database.count(
                "select count(*) from purchase_order.audit_entry x"
                    + editedOrders
                    + " and x.action = 'CHANGED_IN_ODOO'"))
        .as("the audit says each edited order was changed in Odoo")
        .isEqualTo(edited.size());
    assertThat(latest("sync.order_snapshot", "taken_at", untouched, notes))
        .as("the echoes' snapshots are not rewritten")
        .isEqualTo(agreed);
    assertThat(count("select count(*) from purchase_order.audit_entry x" + untouched, notes))
        .as("nothing happened to the echoes")
        .isEqualTo(audit);
    assertThat(
            Database.count(
                "select count(*) from sync.pulled_version where odoo_id in " + sqlList(odooIds)))
        .as("every version judged and remembered")
        .isEqualTo(24);
  }

  /** {@code (1, 2, 3)}: Odoo ids for an SQL {@code in}. */
  private static String sqlList(List<Long> ids) {
    return ids.toString().replace('[', '(').replace(']', ')');
  }

  private static String latest(String table, String column, String ours, String notes) {
    return Database.text("select max(x." + column + ")::text from " + table + " x" + ours, notes);
  }

  private static Map<Object, Object> odooWriteDates(List<String> numbers) {
    Map<Object, Object> dates = new java.util.HashMap<>();
    odoo()
        .store()
        .searchRead(
            "purchase.order",
            List.of(List.of("origin", "in", PullFixture.keysOf(numbers))),
            List.of("origin", "write_date"))
        .forEach(o -> dates.put(o.get("origin"), o.get("write_date")));
    assertThat(dates).hasSize(numbers.size());
    return dates;
  }

  @Test
  void twoChangesInTheSameSecondAreNotMissed() {
    String a = placedId(PullFixture.unique("pull-same-second"));
    String b = placedId(PullFixture.unique("pull-same-second"));
    int lower = Math.min(odooIdOf(a), odooIdOf(b));
    int higher = Math.max(odooIdOf(a), odooIdOf(b));
    Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SimulatorStore sameSecond = odoo().store().startedAt(second);

    sameSecond.write("purchase.order", higher, Map.of("note", "first"));
    poll();
    JsonNode cursor = PullFixture.operator("GET", "/api/sync/pull", null).json();
    assertThat(Instant.parse(cursor.get("cursorWriteDate").asText())).isEqualTo(second);
    assertThat(cursor.get("cursorOdooId").asInt()).isEqualTo(higher);
    assertThat(order(localOf(higher)).get("notes").asText()).isEqualTo("first");

    sameSecond.write("purchase.order", higher, Map.of("note", "second"));
    sameSecond.write("purchase.order", lower, Map.of("note", "lower id, same second"));
    poll();

    assertThat(order(localOf(higher)).get("notes").asText())
        .as("the same order again, at the cursor's very (write_date, id)")
        .isEqualTo("second");
    assertThat(order(localOf(lower)).get("notes").asText())
        .as("an order behind the cursor's keyset, in the same second")
        .isEqualTo("lower id, same second");
  }

  @Test
  void aChangeOfALongTransactionThatCommitsAfterThePollPassedItsStartIsNotMissed() {
    PullFixture.supplier();
    Instant created = Instant.now().minusSeconds(100).truncatedTo(ChronoUnit.SECONDS);
    int slow = PullFixture.odooOrder(11, PullFixture.unique("long transaction"), created);
    poll();
    assertThat(PullFixture.bound(slow)).isTrue();

    Instant started = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    placedId(PullFixture.unique("committed meanwhile"));
    poll();
    JsonNode cursor = PullFixture.operator("GET", "/api/sync/pull", null).json();
    assertThat(Instant.parse(cursor.get("cursorWriteDate").asText()))
        .as("the poll has passed the long transaction's start")
        .isAfter(started);

    odoo()
        .store()
        .startedAt(started)
        .write("purchase.order", slow, Map.of("note", "committed late"));
    poll();

    assertThat(order(localOf(slow)).get("notes").asText()).isEqualTo("committed late");
  }

  private static String localOf(int odooId) {
    return Database.text(
        "select order_id from sync.order_binding where odoo_id = ?", (long) odooId);
  }

  @Test
  void aWebhookHintPullsTheOrderWithinAboutASecond() throws Exception {
    String id = placedId(PullFixture.unique("pull-webhook"));
    int odooId = odooIdOf(id);
    odoo().store().write("purchase.order", odooId, Map.of("note", "hinted"));

    long start = System.nanoTime();
    String body = "{\"_model\": \"purchase.order\", \"_id\": " + odooId + "}";
    Reply reply = PullFixture.signedWebhook(body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> "hinted".equals(order(id).get("notes").asText()));
    System.out.printf("webhook to local change: %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }
}
