package net.orderbridge.sync.odoo.json2;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.orderbridge.sync.odoo.OdooAccessDeniedException;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooException;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooProtocolException;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.OdooReference;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.ReplayServer;
import net.orderbridge.sync.odoo.ReplayServer.Answer;
import net.orderbridge.sync.odoo.TestSettings;
import net.orderbridge.sync.odoo.TransportChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON-2 against the reference transcripts: the same request bodies, the same decoded answers. */
class Json2ReplayTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Class<? extends OdooException>> ERRORS =
      Map.ofEntries(
          entry("17_err_no_authorization", OdooAuthenticationException.class),
          entry("18_err_invalid_key", OdooAuthenticationException.class),
          entry("19_err_nonexistent_model", OdooMappingException.class),
          entry("20_err_nonexistent_method", OdooMappingException.class),
          entry("21_err_private_method", OdooAccessDeniedException.class),
          entry("22_err_unexpected_argument", OdooMappingException.class),
          entry("23_err_ids_on_model_method", OdooMappingException.class),
          entry("24_err_missing_required_partner", OdooRejectedException.class),
          entry("25_err_write_nonexistent_id", OdooRecordMissingException.class),
          entry("26_err_unknown_field_write", OdooMappingException.class),
          entry("27_err_wrong_selection_value", OdooMappingException.class),
          entry("28_err_validation_recursive_partner", OdooRejectedException.class),
          entry("29_err_validation_section_with_product", OdooRejectedException.class),
          entry("30_err_unlink_confirmed_po", OdooRejectedException.class),
          entry("31_err_access_error_nopurchase", OdooAccessDeniedException.class),
          entry("32_err_access_error_nopurchase_create", OdooAccessDeniedException.class),
          entry("33_err_bad_json_body", OdooProtocolException.class),
          entry("34_err_wrong_database_header", OdooProtocolException.class),
          entry("35_err_get_instead_of_post", OdooProtocolException.class));

  private ReplayServer server;
  private Json2OdooClient client;

  @BeforeEach
  void start() {
    server = ReplayServer.start();
    client =
        new Json2OdooClient(
            new OdooHttp(TestSettings.forServer(server.uri(), TransportChoice.JSON2)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private <T> T replay(String name, String path, Function<Json2OdooClient, T> call) {
    var answer = OdooReference.json2Answer(name);
    server.answer(path, new Answer(answer.status(), answer.contentType(), answer.body()));
    T result = call.apply(client);
    var sent = server.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.header("Authorization")).isEqualTo("bearer " + TestSettings.API_KEY);
    assertThat(sent.header("X-Odoo-Database")).isEqualTo("odoo_acc");
    assertThat(sent.header("Content-Type")).startsWith("application/json");
    try {
      assertThat(JSON.readTree(sent.body())).isEqualTo(OdooReference.json2Request(name));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return result;
  }

  @Test
  void searchReadSendsTheReferenceBodyAndDecodesRecords() {
    var partners =
        replay(
            "02_partner_search_read_suppliers",
            "/json/2/res.partner/search_read",
            c ->
                c.searchRead(
                    "res.partner",
                    List.of(List.of("supplier_rank", ">", 0)),
                    List.of("id", "name", "email", "supplier_rank", "company_id", "write_date"),
                    0,
                    null,
                    "id",
                    null));
    assertThat(partners.get(0)).containsEntry("id", 10L).containsEntry("company_id", false);
    var products =
        replay(
            "03_product_search_read",
            "/json/2/product.product/search_read",
            c ->
                c.searchRead(
                    "product.product",
                    List.of(List.of("purchase_ok", "=", true)),
                    List.of("id", "name", "default_code", "uom_id", "standard_price"),
                    0,
                    5,
                    "id",
                    null));
    assertThat(products.get(0))
        .containsEntry("uom_id", List.of(1L, "Units"))
        .containsEntry("standard_price", 8.0);
  }

  @Test
  void createSendsValsList() {
    Map<String, Object> line = new java.util.LinkedHashMap<>();
    line.put("product_id", 1L);
    line.put("product_qty", 2L);
    line.put("price_unit", 3.5);
    Map<String, Object> order = new java.util.LinkedHashMap<>();
    order.put("partner_id", 10L);
    order.put("partner_ref", "JSON2-REF-1");
    order.put("order_line", List.of(List.of(0L, 0L, line)));
    assertThat(
            (Object)
                replay(
                    "04_po_create_vals_list",
                    "/json/2/purchase.order/create",
                    c -> c.create("purchase.order", order)))
        .isEqualTo(16L);
    List<Long> two =
        replay(
            "05_po_create_two",
            "/json/2/purchase.order/create",
            c ->
                c.create(
                    "purchase.order",
                    List.of(
                        Map.of("partner_id", 10L, "partner_ref", "JSON2-BATCH-1"),
                        Map.of("partner_id", 10L, "partner_ref", "JSON2-BATCH-2"))));
    assertThat(two).containsExactly(17L, 18L);
  }

  @Test
  void readCountCallsAndContext() {
    var orders =
        replay(
            "14_po_with_context",
            "/json/2/purchase.order/read",
            c -> c.read("purchase.order", List.of(16L), List.of("state"), Map.of("lang", "en_US")));
    assertThat(orders).containsExactly(Map.of("id", 16L, "state", "purchase"));
    assertThat(
            (Object)
                replay(
                    "13_po_search_count",
                    "/json/2/purchase.order/search_count",
                    c ->
                        c.searchCount(
                            "purchase.order", List.of(List.of("state", "=", "purchase")), null)))
        .isEqualTo(5L);
    assertThat(
            (Object)
                replay(
                    "09_po_button_confirm",
                    "/json/2/purchase.order/button_confirm",
                    c -> c.call("purchase.order", "button_confirm", List.of(16L), null)))
        .isEqualTo(true);
    assertThat(
            (Object)
                replay(
                    "12_po_button_cancel_returns_null",
                    "/json/2/purchase.order/button_cancel",
                    c -> c.call("purchase.order", "button_cancel", List.of(18L), null)))
        .isNull();
    var fields =
        replay(
            "16_fields_get_purchase_order",
            "/json/2/purchase.order/fields_get",
            c ->
                c.fieldsGet(
                    "purchase.order",
                    List.of("string", "type", "required", "readonly", "relation", "selection")));
    assertThat(fields.get("partner_id")).containsEntry("type", "many2one");
  }

  @Test
  void versionComesFromJsonVersion() {
    var answer = OdooReference.json2Answer("01_json_version");
    server.answer(
        "/json/version", new Answer(answer.status(), answer.contentType(), answer.body()));
    assertThat(client.version().major()).isEqualTo(19);
    assertThat(server.last().method()).isEqualTo("GET");
  }

  @ParameterizedTest
  @MethodSource("net.orderbridge.sync.odoo.OdooReference#json2Errors")
  void everyReferenceErrorIsClassified(String name) {
    assertThat(ERRORS).as("expectation for %s", name).containsKey(name);
    var answer = OdooReference.json2Answer(name);
    server.answer(
        "/json/2/purchase.order/write",
        new Answer(answer.status(), answer.contentType(), answer.body()));
    Throwable thrown =
        catchThrowable(
            () -> client.write("purchase.order", List.of(16L), Map.of("partner_ref", "X")));
    assertThat(thrown).isExactlyInstanceOf(ERRORS.get(name));
  }

  @Test
  void aDatabaseErrorIsTransient() {
    String body =
        "{\"name\": \"psycopg2.errors.SerializationFailure\", \"message\": \"could not serialize\","
            + " \"arguments\": [], \"context\": {}, \"debug\": \"\"}";
    server.answer(
        "/json/2/purchase.order/write",
        new Answer(500, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    Throwable thrown =
        catchThrowable(
            () -> client.write("purchase.order", List.of(16L), Map.of("partner_ref", "X")));
    assertThat(thrown).isInstanceOf(OdooUnavailableException.class);
  }
}
