package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrmBehaviourTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2030-05-01T10:00:00.750Z"));
  private OdooSimulator sim;
  private Rpc rpc;

  @BeforeEach
  void start() {
    sim =
        OdooSimulator.builder()
            .port(0)
            .clock(clock)
            .noRightsLogin("buyer-less")
            .noRightsPassword("pw")
            .noRightsApiKey("nk")
            .build()
            .start();
    rpc = new Rpc(sim, "admin");
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  private Object call(String model, String method, List<Object> args, Map<String, Object> kw)
      throws Exception {
    return rpc.execute(model, method, args, kw);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> readOne(String model, int id, String... fields) throws Exception {
    return (Map<String, Object>)
        ((List<?>) call(model, "read", List.of(List.of(id)), Map.of("fields", List.of(fields))))
            .get(0);
  }

  private int order(Object... lines) throws Exception {
    return (Integer)
        call(
            "purchase.order",
            "create",
            List.of(Map.of("partner_id", 10, "order_line", List.of(lines))),
            Map.of());
  }

  private static List<Object> line(int product, double qty) {
    return List.of(0, 0, Map.of("product_id", product, "product_qty", qty));
  }

  @Test
  void aFailingBatchCreateChangesNothingButConsumesSequenceNumbers() throws Exception {
    int before = sim.store().count("purchase.order", List.of());
    assertThatThrownBy(
            () ->
                call(
                    "purchase.order",
                    "create",
                    List.of(List.of(Map.of("partner_id", 10), Map.of("partner_id", 99999))),
                    Map.of()))
        .isInstanceOfSatisfying(Rpc.Fault.class, f -> assertThat(f.code).isEqualTo(2));
    assertThat(sim.store().count("purchase.order", List.of())).isEqualTo(before);
    int id = order();
    assertThat(readOne("purchase.order", id, "name").get("name")).isEqualTo("P00013");
  }

  @Test
  void linesGetDefaultsAndAmountsAreComputed() throws Exception {
    int id = order(line(5, 2), line(1, 3));
    Map<?, ?> po =
        readOne("purchase.order", id, "amount_untaxed", "amount_tax", "amount_total", "order_line");
    assertThat(po.get("amount_untaxed")).isEqualTo(2 * 50.0 + 3 * 8.0);
    assertThat(po.get("amount_tax")).isEqualTo(18.6);
    assertThat(po.get("amount_total")).isEqualTo(142.6);
    int first = (Integer) ((List<?>) po.get("order_line")).get(0);
    Map<?, ?> l =
        readOne("purchase.order.line", first, "name", "price_unit", "date_planned", "tax_ids");
    assertThat(l.get("name")).isEqualTo("[FURN_7777] Office Chair");
    assertThat(l.get("price_unit")).isEqualTo(50.0);
    assertThat(l.get("date_planned")).isEqualTo("2030-05-04 10:00:00");
    assertThat(l.get("tax_ids")).isEqualTo(List.of(2));
  }

  @Test
  void x2manyCommands() throws Exception {
    int id = order(line(5, 1), line(6, 1), line(7, 1));
    List<?> ids = (List<?>) readOne("purchase.order", id, "order_line").get("order_line");
    int a = (Integer) ids.get(0);
    int b = (Integer) ids.get(1);
    call(
        "purchase.order",
        "write",
        List.of(List.of(id), Map.of("order_line", List.of(List.of(2, a), List.of(3, b)))),
        Map.of());
    assertThat(readOne("purchase.order", id, "order_line").get("order_line"))
        .isEqualTo(List.of(ids.get(2)));
    int c = (Integer) ids.get(2);
    call(
        "purchase.order.line",
        "write",
        List.of(List.of(c), Map.of("tax_ids", List.of(List.of(6, 0, List.of(4, 28))))),
        Map.of());
    call(
        "purchase.order.line",
        "write",
        List.of(List.of(c), Map.of("tax_ids", List.of(List.of(3, 4), List.of(4, 29)))),
        Map.of());
    assertThat(readOne("purchase.order.line", c, "tax_ids").get("tax_ids"))
        .isEqualTo(List.of(28, 29));
    call(
        "purchase.order.line",
        "write",
        List.of(List.of(c), Map.of("tax_ids", List.of(List.of(5)))),
        Map.of());
    assertThat(readOne("purchase.order.line", c, "tax_ids").get("tax_ids")).isEqualTo(List.of());
    call(
        "purchase.order",
        "write",
        List.of(List.of(id), Map.of("order_line", List.of(List.of(5)))),
        Map.of());
    assertThat(readOne("purchase.order", id, "order_line").get("order_line")).isEqualTo(List.of());
  }

  @Test
  void domainsOrderLimitOffsetAndActiveTest() throws Exception {
    assertThat(
            call(
                "res.partner",
                "search",
                List.of(
                    List.of(
                        "|", List.of("name", "=like", "Gem%"), List.of("name", "ilike", "ready"))),
                Map.of("order", "id")))
        .isEqualTo(List.of(10, 11));
    assertThat(
            call(
                "res.partner",
                "search",
                List.of(List.of("!", List.of("id", "not in", List.of(8, 10)))),
                Map.of("order", "id desc")))
        .isEqualTo(List.of(10, 8));
    assertThat(
            call(
                "purchase.order",
                "search",
                List.of(List.of(List.of("id", ">=", 3), List.of("id", "<", 8))),
                Map.of("order", "id", "limit", 2, "offset", 1)))
        .isEqualTo(List.of(4, 5));
    assertThat(
            call(
                "purchase.order",
                "search_count",
                List.of(List.of(List.of("partner_id.name", "like", "Gemini"))),
                Map.of()))
        .isEqualTo(2);
    call("res.partner", "write", List.of(List.of(8), Map.of("active", false)), Map.of());
    assertThat(call("res.partner", "search", List.of(List.of(List.of("id", "=", 8))), Map.of()))
        .isEqualTo(List.of());
    assertThat(
            call(
                "res.partner",
                "search",
                List.of(List.of(List.of("id", "=", 8))),
                Map.of("context", Map.of("active_test", false))))
        .isEqualTo(List.of(8));
  }

  @Test
  void ordersRulesConfirmCancelLockUnlink() throws Exception {
    int id = order(line(5, 1));
    assertThatThrownBy(() -> call("purchase.order", "unlink", List.of(List.of(id)), Map.of()))
        .hasMessage("In order to delete a purchase order, you must cancel it first.");
    assertThat(call("purchase.order", "button_confirm", List.of(List.of(id, 8)), Map.of()))
        .isEqualTo(true);
    int lineId =
        (Integer) ((List<?>) readOne("purchase.order", id, "order_line").get("order_line")).get(0);
    assertThatThrownBy(
            () -> call("purchase.order.line", "unlink", List.of(List.of(lineId)), Map.of()))
        .hasMessage("Cannot delete a purchase order line which is in state “Purchase Order”.");
    expectNone(() -> call("purchase.order", "button_lock", List.of(List.of(id)), Map.of()));
    assertThatThrownBy(
            () -> call("purchase.order", "button_cancel", List.of(List.of(id)), Map.of()))
        .isInstanceOfSatisfying(Rpc.Fault.class, f -> assertThat(f.code).isEqualTo(2));
    expectNone(() -> call("purchase.order", "button_unlock", List.of(List.of(id)), Map.of()));
    expectNone(() -> call("purchase.order", "button_cancel", List.of(List.of(id)), Map.of()));
    assertThat(readOne("purchase.order", id, "state").get("state")).isEqualTo("cancel");
    assertThat(call("purchase.order", "button_draft", List.of(List.of(id)), Map.of()))
        .isEqualTo(Map.of());
    expectNone(() -> call("purchase.order", "button_cancel", List.of(List.of(id)), Map.of()));
    assertThat(call("purchase.order", "unlink", List.of(List.of(id)), Map.of())).isEqualTo(true);
    assertThat(
            call(
                "purchase.order.line",
                "search",
                List.of(List.of(List.of("id", "=", lineId))),
                Map.of()))
        .isEqualTo(List.of());
  }

  private static void expectNone(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
    assertThatThrownBy(c)
        .isInstanceOfSatisfying(
            Rpc.Fault.class,
            f -> {
              assertThat(f.code).isEqualTo(1);
              assertThat(f.getMessage())
                  .endsWith("TypeError: cannot marshal None unless allow_none is enabled\n");
            });
  }

  @Test
  void aVariantsNameIsItsTemplatesName() throws Exception {
    call("product.product", "write", List.of(List.of(13), Map.of("name", "Desk Deluxe")), Map.of());
    assertThat(readOne("product.product", 14, "name").get("name")).isEqualTo("Desk Deluxe");
    assertThat(readOne("product.template", 9, "name").get("name")).isEqualTo("Desk Deluxe");
    assertThat(rpc.xmlrpc("/xmlrpc/2/db", "list", List.of())).isEqualTo(List.of("odoo"));
  }

  @Test
  void writeDateIsTheCallsTimeToTheSecond() throws Exception {
    int id = order();
    assertThat(readOne("purchase.order", id, "write_date").get("write_date"))
        .isEqualTo("2030-05-01 10:00:00");
    clock.set(Instant.parse("2030-05-01T10:00:07.900Z"));
    sim.store().write("purchase.order", id, Map.of("origin", "odoo user"));
    assertThat(readOne("purchase.order", id, "write_date", "create_date"))
        .containsEntry("write_date", "2030-05-01 10:00:07")
        .containsEntry("create_date", "2030-05-01 10:00:00");
  }

  @Test
  void userWithoutPurchaseRightsAndApiKeys() throws Exception {
    int uid =
        (Integer)
            rpc.xmlrpc(
                "/xmlrpc/2/common", "authenticate", List.of("odoo", "buyer-less", "pw", Map.of()));
    assertThat(
            rpc.xmlrpc(
                "/xmlrpc/2/common", "authenticate", List.of("odoo", "buyer-less", "nk", Map.of())))
        .isEqualTo(uid);
    Object denied =
        rpc.xmlrpc(
            "/xmlrpc/2/common", "authenticate", List.of("odoo", "buyer-less", "bad", Map.of()));
    assertThat(denied).isEqualTo(false);
    assertThatThrownBy(
            () ->
                rpc.xmlrpc(
                    "/xmlrpc/2/object",
                    "execute_kw",
                    List.of(
                        "odoo", uid, "pw", "purchase.order", "search_read", List.of(List.of()))))
        .isInstanceOfSatisfying(Rpc.Fault.class, f -> assertThat(f.code).isEqualTo(4))
        .hasMessageStartingWith(
            "You are not allowed to access 'Purchase Order' (purchase.order) records.");
    assertThat(
            rpc.xmlrpc(
                "/xmlrpc/2/object",
                "execute_kw",
                List.of("odoo", uid, "pw", "res.partner", "search_count", List.of(List.of()))))
        .isEqualTo(7);
    assertThat(
            rpc.json2("nk", "purchase.order", "create", "{\"vals_list\": [{\"partner_id\": 10}]}")
                .statusCode())
        .isEqualTo(403);
  }
}
