package net.orderbridge.sync.odoo.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooReference;
import net.orderbridge.sync.odoo.ReplayServer;
import net.orderbridge.sync.odoo.ReplayServer.Answer;
import net.orderbridge.sync.odoo.TestSettings;
import net.orderbridge.sync.odoo.TransportChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class XmlRpcReplayTest {
  private static final String COMMON = "/xmlrpc/2/common";
  private static final String OBJECT = "/xmlrpc/2/object";
  private ReplayServer server;
  private XmlRpcOdooClient client;

  @BeforeEach
  void start() {
    server = ReplayServer.start();
    server.answer(COMMON, Answer.xml(OdooReference.xmlrpcResponse("02_common_authenticate")));
    client =
        new XmlRpcOdooClient(
            new OdooHttp(TestSettings.forServer(server.uri(), TransportChoice.XMLRPC)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void objectAnswers(String transcript) {
    server.answer(OBJECT, Answer.xml(OdooReference.xmlrpcResponse(transcript)));
  }

  @Test
  void decodesTheServerVersion() {
    server.answer(COMMON, Answer.xml(OdooReference.xmlrpcResponse("01_common_version")));
    var version = client.version();
    assertThat(version.version()).isEqualTo("19.0");
    assertThat(version.major()).isEqualTo(19);
    assertThat(version.versionInfo()).containsExactly(19L, 0L, 0L, "final", 0L, "");
  }

  @Test
  void authenticatesWithTheKeyAndReturnsTheUid() {
    assertThat(client.authenticate()).isEqualTo(2L);
    String body = server.last().bodyText();
    assertThat(body).contains("<methodName>authenticate</methodName>", "odoo_acc", "admin");
    assertThat(body).contains(TestSettings.API_KEY);
  }

  @Test
  void authenticateAnsweringFalseIsRefusedCredentials() {
    server.answer(
        COMMON, Answer.xml(OdooReference.xmlrpcResponse("03_common_authenticate_wrong_password")));
    assertThatThrownBy(() -> client.authenticate())
        .isInstanceOf(OdooAuthenticationException.class)
        .hasMessageNotContaining(TestSettings.API_KEY);
  }

  @Test
  void searchReadKeepsFalseAndManyToOneAsOdooSendsThem() {
    objectAnswers("12_po_read_after_create");
    List<Map<String, Object>> orders =
        client.read("purchase.order", List.of(11L), List.of("name", "partner_id"), null);
    Map<String, Object> order = orders.get(0);
    assertThat(order.get("id")).isEqualTo(11L);
    assertThat(order.get("partner_id")).isEqualTo(List.of(10L, "Gemini Furniture"));
    assertThat(order.get("origin")).isEqualTo(false);
    assertThat(order.get("amount_total")).isEqualTo(37.5);
    assertThat(order.get("write_date")).isEqualTo("2026-11-26 12:12:03");
    assertThat(order.get("order_line")).isEqualTo(List.of(22L));
    var call = server.last();
    assertThat(call.path()).isEqualTo(OBJECT);
    assertThat(call.bodyText())
        .contains("<methodName>execute_kw</methodName>", "purchase.order", "<name>fields</name>");
  }

  @Test
  void executeKwCarriesDbUidAndKey() {
    objectAnswers("05_partner_search_read_suppliers");
    var partners =
        client.searchRead(
            "res.partner",
            List.of(List.of("supplier_rank", ">", 0)),
            List.of("name"),
            0,
            5,
            "id",
            null);
    assertThat(partners).isNotEmpty().allSatisfy(p -> assertThat(p).containsKey("id"));
    String body = server.last().bodyText();
    assertThat(body)
        .contains("odoo_acc", "<i4>2</i4>", TestSettings.API_KEY, "search_read", "supplier_rank");
    assertThat(body).doesNotContain("<name>offset</name>").contains("<name>limit</name>");
  }

  @Test
  void decodesCountsIdsAndBooleans() {
    objectAnswers("06_partner_search_count_suppliers");
    assertThat(client.searchCount("res.partner", List.of(), null)).isEqualTo(2L);
    objectAnswers("23_po_search_ids");
    assertThat(client.search("purchase.order", List.of(), 0, 3, "id desc", null))
        .containsExactly(11L, 9L, 2L);
    objectAnswers("15_po_write_header");
    assertThat(client.write("purchase.order", List.of(11L), Map.of("partner_ref", "X"))).isTrue();
    objectAnswers("19_po_button_confirm");
    assertThat(client.call("purchase.order", "button_confirm", List.of(11L), null)).isEqualTo(true);
  }

  @Test
  void createsOneOrMany() {
    objectAnswers("11_po_create_minimal_line");
    Map<String, Object> line = Map.of("product_id", 1L, "product_qty", 3L, "price_unit", 12.5);
    assertThat(
            client.create(
                "purchase.order",
                Map.of("partner_id", 10L, "order_line", List.of(List.of(0L, 0L, line)))))
        .isEqualTo(11L);
    objectAnswers("33_po_create_batch_list_of_dicts");
    assertThat(
            client.create(
                "purchase.order", List.of(Map.of("partner_id", 10L), Map.of("partner_id", 10L))))
        .containsExactly(12L, 13L);
  }

  @Test
  void readingAMissingIdReturnsFewerRecords() {
    objectAnswers("48_fault_read_nonexistent_id");
    assertThat(client.read("purchase.order", List.of(99999999L), List.of("name"), null)).isEmpty();
  }

  @Test
  void aMethodReturningNoneYieldsNullBecauseItCommitted() {
    objectAnswers("38_po_button_cancel_returns_none");
    assertThat(client.call("purchase.order", "button_cancel", List.of(13L), null)).isNull();
  }

  @Test
  void decodesFieldsGet() {
    objectAnswers("31_fields_get_purchase_order");
    var fields = client.fieldsGet("purchase.order", List.of("string", "type", "relation"));
    assertThat(fields.get("partner_id"))
        .containsEntry("type", "many2one")
        .containsEntry("relation", "res.partner");
  }

  /** Text of every kind reaches Odoo as well-formed XML a standard parser reads back unchanged. */
  @Test
  void emojiMarkupAndLineEndsArriveAsTheyWere() throws Exception {
    objectAnswers("15_po_write_header");
    String note = "Müller & Söhne <b>eilig</b> 😀 \uD840\uDC0B ¥\r\nzweite Zeile\ttab";

    assertThat(client.write("purchase.order", List.of(11L), Map.of("note", note))).isTrue();

    byte[] sent = server.last().body();
    Document request =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(sent));
    NodeList values = request.getElementsByTagName("value");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < values.getLength(); i++) {
      texts.add(values.item(i).getTextContent());
    }
    assertThat(texts).as("the values a standard parser reads").contains(note);
    assertThat(new String(sent, StandardCharsets.UTF_8)).doesNotContain("&#55357;").contains("😀");
  }

  @Test
  void aControlCharacterIsRefusedBeforeAnythingIsSent() {
    objectAnswers("15_po_write_header");
    assertThatThrownBy(
            () -> client.write("purchase.order", List.of(11L), Map.of("note", "bell \u0007")))
        .isInstanceOf(OdooMappingException.class)
        .hasMessageContaining("U+0007")
        .hasMessageNotContaining(TestSettings.API_KEY);
    assertThat(server.received)
        .as("nothing sent to /xmlrpc/2/object")
        .noneMatch(r -> r.path().equals("/xmlrpc/2/object"));
  }
}
