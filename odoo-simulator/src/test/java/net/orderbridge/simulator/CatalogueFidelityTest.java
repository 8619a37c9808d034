package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's catalogue against a real Odoo 19's ({@code catalogue/catalogue_xmlrpc.json} of
 * the reference): the same fields with the same attributes, the same shapes of values (empty ones
 * {@code False}, many2ones {@code [id, name]}), template-level vendor prices, and the defaults of a
 * record created over the API.
 */
class CatalogueFidelityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private OdooSimulator sim;
  private Rpc rpc;
  private JsonNode reference;

  @BeforeEach
  void start() throws Exception {
    sim = OdooSimulator.builder().port(0).build().start();
    rpc = new Rpc(sim, "admin");
    reference = JSON.readTree(ReplayTest.REF.resolve("catalogue/catalogue_xmlrpc.json").toFile());
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  @Test
  void vendorPriceFieldsAreOdoosFields() throws Exception {
    JsonNode call = reference.get("supplierinfo_fields_get");
    @SuppressWarnings("unchecked")
    Map<String, Object> fields =
        (Map<String, Object>)
            rpc.execute(
                "product.supplierinfo",
                "fields_get",
                List.of(),
                Map.of("attributes", List.of("type", "string", "required", "relation")));

    Iterator<Map.Entry<String, JsonNode>> expected = call.get("result").fields();
    while (expected.hasNext()) {
      Map.Entry<String, JsonNode> field = expected.next();
      assertThat(fields).as(field.getKey()).containsKey(field.getKey());
      JsonNode actual = JSON.valueToTree(fields.get(field.getKey()));
      assertThat(actual).as(field.getKey()).isEqualTo(field.getValue());
    }
  }

  @Test
  void catalogueReadsHaveOdoosFieldsAndShapes() throws Exception {
    for (String name : List.of("supplierinfo_search_read", "variants_of_templates")) {
      JsonNode call = reference.get(name);
      List<?> records = searchRead(call, List.of());
      assertThat(records).as(name).isNotEmpty();
      assertShapes(name, call.get("result"), records);
    }
    JsonNode vendors = reference.get("vendors_search_read");
    assertShapes(
        "vendors",
        vendors.get("result"),
        searchRead(vendors, List.of(List.of("supplier_rank", ">", 0))));
  }

  @Test
  void theSeedHasTemplateLevelVendorPricesAsRealOdooDoes() throws Exception {
    List<?> templateLevel =
        (List<?>)
            rpc.execute(
                "product.supplierinfo",
                "search_read",
                List.of(List.of(List.of("product_id", "=", false))),
                Map.of("fields", List.of("product_tmpl_id", "partner_id", "min_qty")));

    assertThat(templateLevel).hasSizeGreaterThanOrEqualTo(3);
    assertThat(templateLevel)
        .allSatisfy(
            r -> assertThat(((Map<?, ?>) r).get("product_tmpl_id")).isInstanceOf(List.class));
  }

  @Test
  void variantsShareTheirTemplatesVendorLinesInOdoosOrder() throws Exception {
    List<?> desks =
        (List<?>)
            rpc.execute(
                "product.product",
                "read",
                List.of(List.of(13, 14)),
                Map.of("fields", List.of("seller_ids", "product_tmpl_id")));

    for (Object desk : desks) {
      assertThat(((Map<?, ?>) desk).get("seller_ids"))
          .as("sequence, min_qty desc, price, id")
          .isEqualTo(List.of(24, 22, 23, 25));
      assertThat(((Map<?, ?>) desk).get("product_tmpl_id"))
          .as("a template of several variants has no internal reference")
          .isEqualTo(List.of(9, "Customizable Desk"));
    }
  }

  @Test
  void aProductCreatedWithoutUnitHasUnitsAsInRealOdoo() throws Exception {
    JsonNode call = reference.get("product_create_without_uom_then_read");
    Object id = rpc.execute("product.product", "create", Map.of("name", "Made over the API"));

    List<?> read =
        (List<?>)
            rpc.execute(
                "product.product",
                "read",
                List.of(List.of(id)),
                Map.of("fields", JSON.convertValue(call.get("kwargs").get("fields"), List.class)));

    Map<String, Object> expected =
        new HashMap<>(JSON.convertValue(call.get("result").get(0), Map.class));
    expected.put("id", id);
    JsonNode actual = JSON.valueToTree(read.get(0));
    JsonNode wanted = JSON.valueToTree(expected);
    assertThat(actual).isEqualTo(wanted);
  }

  /** The failure the issue saw: a line for such a product failed with "Missing required fields". */
  @Test
  void anOrderLineForAProductCreatedWithoutUnitIsCreatedInItsUnits() throws Exception {
    Object product = rpc.execute("product.product", "create", Map.of("name", "Also over the API"));

    Object order =
        rpc.execute(
            "purchase.order",
            "create",
            Map.of(
                "partner_id",
                11,
                "order_line",
                List.of(List.of(0, 0, Map.of("product_id", product, "product_qty", 3.0)))));

    List<?> lines =
        (List<?>)
            rpc.execute(
                "purchase.order.line",
                "search_read",
                List.of(List.of(List.of("order_id", "=", order))),
                Map.of(
                    "fields",
                    List.of("product_id", "product_qty", "product_uom_id", "price_unit")));
    assertThat(lines).hasSize(1);
    Map<?, ?> line = (Map<?, ?>) lines.get(0);
    assertThat(((List<?>) line.get("product_uom_id")).get(0)).isEqualTo(1);
    assertThat(line.get("product_qty")).isEqualTo(3.0);
    assertThat(line.get("price_unit")).as("no vendor price: the product's cost, 0").isEqualTo(0.0);
  }

  @Test
  void defaultGetAnswersTheDefaultsOfTheFieldsAskedFor() throws Exception {
    Object product =
        rpc.execute(
            "product.product",
            "default_get",
            List.of(List.of("uom_id", "type", "purchase_ok", "active", "default_code")),
            Map.of());
    Object price =
        rpc.execute(
            "product.supplierinfo",
            "default_get",
            List.of(List.of("min_qty", "delay", "currency_id", "sequence", "product_id")),
            Map.of());
    Map<?, ?> order =
        (Map<?, ?>)
            rpc.execute(
                "purchase.order", "default_get", List.of(List.of("name", "state")), Map.of());

    assertThat(product)
        .isEqualTo(Map.of("uom_id", 1, "type", "consu", "purchase_ok", true, "active", true));
    assertThat(price)
        .isEqualTo(Map.of("min_qty", 0.0, "delay", 1, "currency_id", 1, "sequence", 1));
    assertThat(order).isEqualTo(Map.of("name", "New", "state", "draft"));
  }

  @Test
  void aLineForAVariantPricedOnlyOnItsTemplateTakesTheTemplatesPrice() throws Exception {
    Object order =
        rpc.execute(
            "purchase.order",
            "create",
            Map.of(
                "partner_id",
                11,
                "order_line",
                List.of(List.of(0, 0, Map.of("product_id", 13, "product_qty", 2)))));

    List<?> lines =
        (List<?>)
            rpc.execute(
                "purchase.order.line",
                "search_read",
                List.of(List.of(List.of("order_id", "=", order))),
                Map.of("fields", List.of("price_unit", "product_uom_id")));
    assertThat(((Map<?, ?>) lines.get(0)).get("price_unit")).isEqualTo(480.0);
    assertThat(((Map<?, ?>) lines.get(0)).get("product_uom_id")).isEqualTo(List.of(1, "Units"));
  }

  private List<?> searchRead(JsonNode call, List<?> domain) throws Exception {
    Map<String, Object> kwargs = new HashMap<>();
    kwargs.put("fields", JSON.convertValue(call.get("kwargs").get("fields"), List.class));
    kwargs.put("context", Map.of("active_test", false));
    return (List<?>)
        rpc.execute(call.get("model").asText(), "search_read", List.of(domain), kwargs);
  }

  /**
   * Same keys as the reference's records, and per field the same kind of value where both have one.
   */
  private static void assertShapes(String name, JsonNode expected, List<?> actual) {
    Map<String, String> kinds = new HashMap<>();
    List<String> keys = new ArrayList<>();
    expected.get(0).fieldNames().forEachRemaining(keys::add);
    for (JsonNode record : expected) {
      record
          .fields()
          .forEachRemaining(
              f -> kinds.merge(f.getKey(), kind(f.getValue()), CatalogueFidelityTest::orFalse));
    }
    for (Object record : actual) {
      Map<?, ?> values = (Map<?, ?>) record;
      List<String> actualKeys = values.keySet().stream().map(String::valueOf).toList();
      assertThat(actualKeys).as(name).containsExactlyInAnyOrderElementsOf(keys);
      for (String key : keys) {
        String kind = kind(JSON.valueToTree(values.get(key)));
        if (!kind.equals("false")) {
          assertThat(kind)
              .as(name + "." + key + " of " + values.get("id"))
              .isEqualTo(kinds.get(key));
        }
      }
    }
  }

  private static String orFalse(String a, String b) {
    return a.equals("false") ? b : a;
  }

  private static String kind(JsonNode value) {
    if (value.isBoolean()) {
      return value.asBoolean() ? "bool" : "false";
    }
    if (value.isArray()) {
      return value.size() == 2 && value.get(0).isInt() && value.get(1).isTextual()
          ? "many2one"
          : "list";
    }
    if (value.isFloatingPointNumber()) {
      return "float";
    }
    return value.isIntegralNumber() ? "int" : value.getNodeType().name();
  }
}
