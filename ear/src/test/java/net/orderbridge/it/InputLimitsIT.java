package net.orderbridge.it;

import static net.orderbridge.it.SyncFixture.awaitSynced;
import static net.orderbridge.it.SyncFixture.buyer;
import static net.orderbridge.it.SyncFixture.count;
import static net.orderbridge.it.SyncFixture.line;
import static net.orderbridge.it.SyncFixture.orderBody;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every input limit of the REST API answers 4xx problem+json naming the field, never a 500, and
 * hostile numbers are refused at once: {@code quantity: 1e20000000} held a request for over a
 * minute before. See the README's table of input limits.
 */
class InputLimitsIT {
  /** Loose on a busy build machine; the refusal itself takes well under a millisecond. */
  private static final long AT_ONCE_MILLIS = 1_000;

  @BeforeAll
  static void applicationUp() {
    SyncFixture.product(5);
    SyncFixture.product(6);
  }

  private static String lineWith(long product, String quantity, String unitPrice) {
    return "{\"productId\": \"%s\", \"quantity\": %s, \"unitPrice\": %s}"
        .formatted(SyncFixture.product(product), quantity, unitPrice);
  }

  private static void refusedAtOnce(String body, String field) {
    long start = System.nanoTime();
    Reply reply = buyer("POST", "/api/purchase-orders", body);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertProblem(reply, 400, field);
    System.out.printf("%s refused in %d ms%n", field, millis);
    assertThat(millis).as("answered in %d ms", millis).isLessThan(AT_ONCE_MILLIS);
  }

  static void assertProblem(Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.response().headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(reply.body()).doesNotContain("Exception");
    assertThat(reply.json().path("field").asText(null)).as(reply.body()).isEqualTo(field);
  }

  private static long orders(String notes) {
    return count("select count(*) from purchase_order.purchase_order where notes = ?", notes);
  }

  @Test
  void hugeOrTinyExponentsAndEndlessDigitsAreRefusedAtOnceNamingTheField() {
    String notes = unique("hostile-numbers");
    refusedAtOnce(orderBody(notes, line(5, "1e20000000")), "lines[0].quantity");
    refusedAtOnce(orderBody(notes, lineWith(5, "1", "1e-20000000")), "lines[0].unitPrice");
    refusedAtOnce(orderBody(notes, lineWith(5, "1E+2147483647", "1")), "lines[0].quantity");
    refusedAtOnce(orderBody(notes, line(5, "9".repeat(5000))), "lines[0].quantity");
    refusedAtOnce(
        orderBody(notes, line(5, "1"), lineWith(6, "1", "0." + "1".repeat(5000))),
        "lines[1].unitPrice");
    assertThat(orders(notes)).isZero();
  }

  @Test
  void moreDecimalsThanOdoosAccuracyOrDigitsThanItsColumnsAreRefusedNotRounded() {
    String notes = unique("accuracy");
    refusedAtOnce(orderBody(notes, line(5, "1.005")), "lines[0].quantity");
    refusedAtOnce(orderBody(notes, lineWith(5, "1", "0.125")), "lines[0].unitPrice");
    refusedAtOnce(orderBody(notes, line(5, "12345678901234")), "lines[0].quantity");
    refusedAtOnce(orderBody(notes, lineWith(5, "9999999999", "99999")), "lines[0]");
    assertThat(orders(notes)).isZero();
  }

  @Test
  void notesOverTheLimitOrWithControlCharactersAreRefusedAtTheDoor() {
    String notes = unique("notes");
    refusedAtOnce(orderBody(notes + "x".repeat(20_000), line(5, "1")), "notes");
    refusedAtOnce(orderBody(notes + " ring \\u0007", line(5, "1")), "notes");
    refusedAtOnce(orderBody(notes + " nul \\u0000", line(5, "1")), "notes");
    assertThat(
            count(
                "select count(*) from purchase_order.purchase_order where notes like ?",
                notes + "%"))
        .isZero();
  }

  @Test
  void tabsAndNewlinesInNotesStillReachOdoo() {
    String notes = unique("tabbed") + "\tcolumn\nnext line";
    Reply placed =
        buyer(
            "POST",
            "/api/purchase-orders",
            orderBody(notes.replace("\t", "\\t").replace("\n", "\\n"), line(5, "1.5")));
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    JsonNode order = awaitSynced(placed.json().get("id").asText(), "draft");
    List<Map<String, Object>> inOdoo =
        SyncFixture.odoo()
            .store()
            .searchRead(
                "purchase.order",
                List.of(
                    List.of(
                        "origin", "in", SyncFixture.keysOf(List.of(order.get("number").asText())))),
                List.of("note"));
    assertThat(String.valueOf(inOdoo.get(0).get("note"))).contains("column").contains("next line");
  }

  @Test
  void pagesAndSizesOutOfRangeAre4xxNamingTheParameter() {
    for (String path : List.of("/api/purchase-orders", "/api/suppliers", "/api/products?query=a")) {
      String sep = path.contains("?") ? "&" : "?";
      assertProblem(buyer("GET", path + sep + "page=2147483647&size=200", null), 422, "page");
      assertProblem(buyer("GET", path + sep + "page=99999999999", null), 400, "page");
      assertProblem(buyer("GET", path + sep + "size=100000", null), 422, "size");
      assertProblem(buyer("GET", path + sep + "page=-1", null), 422, "page");
    }
  }

  @Test
  void controlCharactersInSearchesAre400NamingTheParameter() {
    assertProblem(buyer("GET", "/api/suppliers?query=a%00b", null), 400, "query");
    assertProblem(buyer("GET", "/api/products?query=a%07b", null), 400, "query");
    assertProblem(buyer("GET", "/api/purchase-orders?syncStatus=a%00b", null), 400, "syncStatus");
  }

  @Test
  void aPlannedDateOdooCannotHoldIsRefused() {
    String notes = unique("planned");
    String body =
        orderBody(
            notes,
            "{\"productId\": \"%s\", \"quantity\": 1, \"plannedDate\": \"+99999-01-01\"}"
                .formatted(SyncFixture.product(5)));
    Reply reply = buyer("POST", "/api/purchase-orders", body);
    assertProblem(reply, 400, "lines[0].plannedDate");
    assertThat(orders(notes)).isZero();
  }

  @Test
  void anOdooIdOutsideOdoosRangeIsNotFound() {
    for (String id : List.of("99999999999", "2147483648", "-1", "0")) {
      assertProblem(SyncFixture.operator("POST", "/api/sync/pull/" + id, null), 404, null);
    }
  }
}
