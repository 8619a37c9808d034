package net.orderbridge.sync.odoo.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.purchaseorder.api.OrderState;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooReference;
import org.junit.jupiter.api.Test;

/**
 * The connector reads {@code purchase.order} as the reference transcripts of a real Odoo 19 show it
 * ({@code fields_get}, a read order, its line), and as Odoo 16-18 have it: no {@code locked} field,
 * a locked confirmed order in state {@code done}.
 */
class OdooPurchaseOrderRepositoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void odoo19OrderReadsWithItsLockFlagAndItsLinesAsTheReferenceHasThem() throws IOException {
    Map<String, Object> order = referenceRecord("json2/06_po_read.response.json");
    order.put("origin", "AF-PO-000016@here");
    order.put("locked", false);
    order.put("note", false);
    FakeOdoo odoo = new FakeOdoo(referenceFields(), order);

    RemoteOrder remote = repository(odoo).find(16).orElseThrow();

    assertThat(odoo.orderFieldsAsked).contains("locked", "note");
    assertThat(remote.state()).isEqualTo("draft");
    assertThat(OrderStates.local(remote.state())).isEqualTo(OrderState.DRAFT);
    assertThat(remote.locked()).isFalse();
    assertThat(remote.partnerId()).isEqualTo(10L);
    assertThat(remote.currency()).isEqualTo("USD");
    assertThat(remote.notes()).as("Odoo's empty value is False, not a note").isNull();
    assertThat(remote.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.odooLineId()).isEqualTo(28);
              assertThat(line.productId()).isEqualTo(1);
              assertThat(line.quantity()).isEqualByComparingTo(new BigDecimal("2"));
              assertThat(line.unitPrice()).isEqualByComparingTo(new BigDecimal("3.5"));
              assertThat(line.plannedDate()).isEqualTo(LocalDate.of(2026, 11, 26));
            });
  }

  @Test
  void odoo16To18DoneReadsAsConfirmedAndLockedOnBothSides() throws IOException {
    Map<String, Map<String, Object>> fields = referenceFields();
    fields.remove("locked");
    Map<String, Object> order = referenceRecord("json2/06_po_read.response.json");
    order.put("origin", "AF-PO-000016@here");
    order.put("state", "done");
    FakeOdoo odoo = new FakeOdoo(fields, order);
    OdooPurchaseOrderRepository repository = repository(odoo);

    RemoteOrder pulled = repository.find(16).orElseThrow();
    OdooPurchaseOrderRepository.Current pushed = repository.read(16).orElseThrow();

    assertThat(odoo.orderFieldsAsked).as("16-18 have no locked field").doesNotContain("locked");
    assertThat(pulled.state()).isEqualTo("purchase");
    assertThat(pulled.locked()).isTrue();
    assertThat(pushed.state()).isEqualTo("purchase");
    assertThat(pushed.locked()).isTrue();
    assertThat(pushed.lineIds()).containsExactly(28L);
    assertThat(OrderStates.local("done")).isEqualTo(OrderState.PURCHASE);
  }

  @Test
  void everyReferenceStateMapsToOursAndBack() {
    for (String odoo : List.of("draft", "sent", "to approve", "purchase", "cancel")) {
      assertThat(OrderStates.odoo(OrderStates.local(odoo).name())).isEqualTo(odoo);
    }
  }

  @Test
  void anUnknownStateIsAMappingErrorThatNamesIt() {
    assertThatThrownBy(() -> OrderStates.local("approved_by_board"))
        .isInstanceOf(OdooMappingException.class)
        .hasMessageContaining("approved_by_board");
  }

  private static OdooPurchaseOrderRepository repository(FakeOdoo odoo) {
    OdooClient client = odoo.client();
    return new OdooPurchaseOrderRepository(client, new PurchaseSchema(client));
  }

  private static Map<String, Map<String, Object>> referenceFields() throws IOException {
    return new HashMap<>(
        JSON.readValue(
            OdooReference.DIR.resolve("fields_get_purchase.order.json").toFile(),
            new TypeReference<Map<String, Map<String, Object>>>() {}));
  }

  private static Map<String, Object> referenceRecord(String file) throws IOException {
    List<Map<String, Object>> records =
        JSON.readValue(
            Files.readString(OdooReference.DIR.resolve(file)),
            new TypeReference<List<Map<String, Object>>>() {});
    return new LinkedHashMap<>(records.get(0));
  }

  /** Answers fields_get and read of one order and the reference's line 28. */
  private static final class FakeOdoo {
    final Map<String, Map<String, Object>> orderFields;
    final Map<String, Object> order;
    final List<String> orderFieldsAsked = new ArrayList<>();

    FakeOdoo(Map<String, Map<String, Object>> orderFields, Map<String, Object> order) {
      this.orderFields = orderFields;
      this.order = order;
    }

    @SuppressWarnings("unchecked")
    OdooClient client() {
      return (OdooClient)
          Proxy.newProxyInstance(
              OdooClient.class.getClassLoader(),
              new Class<?>[] {OdooClient.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "fieldsGet" -> fieldsOf((String) args[0]);
                    case "read" -> read((String) args[0], (List<String>) args[2]);
                    default -> throw new AssertionError("unexpected call " + method.getName());
                  });
    }

    private Map<String, Map<String, Object>> fieldsOf(String model) throws IOException {
      if (model.equals("purchase.order")) {
        return orderFields;
      }
      return JSON.readValue(
          OdooReference.DIR.resolve("fields_get_purchase.order.line.json").toFile(),
          new TypeReference<Map<String, Map<String, Object>>>() {});
    }

    private List<Map<String, Object>> read(String model, List<String> fields) throws IOException {
      Map<String, Object> record;
      if (model.equals("purchase.order")) {
        orderFieldsAsked.addAll(fields);
        record = order;
      } else {
        record = referenceRecord("json2/07_po_line_search_read.response.json");
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("id", record.get("id"));
      for (String field : fields) {
        // a field the transcript did not ask for reads as Odoo's empty value
        answer.put(field, record.getOrDefault(field, false));
      }
      return List.of(answer);
    }
  }
}
