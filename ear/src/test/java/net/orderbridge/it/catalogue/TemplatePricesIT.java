package net.orderbridge.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Vendor prices as a real Odoo 19 holds them (most set on the product template, {@code product_id =
 * False}), on the real server, database and simulator: the catalogue mirrors completely, a vendor's
 * variant line wins over its template line for that variant, an order for a variant priced only on
 * its template is priced from it and reaches Odoo with that price, and a record the mirror cannot
 * take is skipped and reported while the rest is mirrored.
 */
class TemplatePricesIT {
  private static final int READY_MAT = 11;
  private static final int CUSTOMIZABLE_DESK_13 = 13;
  private static final int CUSTOMIZABLE_DESK_14 = 14;

  /** Waits for the application (the server reports started before the EAR is) and mirrors once. */
  @BeforeAll
  static void applicationIsUp() {
    SyncFixture.supplier();
  }

  @Test
  void theSeedsTemplateAndVariantPricesMirrorCompletely() {
    JsonNode report = refresh();
    List<Long> skippedPrices = new ArrayList<>();
    report.get("skippedRecords").forEach(s -> skippedPrices.add(s.get("odooId").asLong()));

    assertThat(skippedPrices)
        .as(report.toString())
        .doesNotContain(17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L, 26L);
    assertThat(priceIds(product(CUSTOMIZABLE_DESK_13)))
        .as("the template's lines price variant 13")
        .containsExactly(22L, 24L, 25L);
    assertThat(priceIds(product(CUSTOMIZABLE_DESK_14)))
        .as("Ready Mat's own line for variant 14 (23) wins over its template line (22)")
        .containsExactly(23L, 24L, 25L);
    assertThat(priceIds(product(15)))
        .as("the archived variant keeps its price")
        .containsExactly(26L);
    assertThat(product(15).get("active").asBoolean()).isFalse();
  }

  @Test
  void templateAndVariantPricesPutIntoOdooMirrorCompletely() {
    String prefix = OdooCatalogue.uniquePrefix();
    int vendor = OdooCatalogue.vendor(prefix + " Joinery");
    int template =
        OdooCatalogue.simulator()
            .store()
            .create("product.template", Map.of("name", prefix + " Bench"));
    int oak = variant(template, prefix + "-OAK");
    int ash = variant(template, prefix + "-ASH");
    int onTemplate = vendorPrice(vendor, template, null, 200.0);
    int onAsh = vendorPrice(vendor, template, ash, 190.0);

    JsonNode report = refresh();
    JsonNode found = Api.purchaser().get("/api/products?query=" + prefix).ok();

    assertThat(found.get("total").asLong()).isEqualTo(2);
    JsonNode oakView = byOdooId(found, oak);
    JsonNode ashView = byOdooId(found, ash);
    assertThat(priceIds(oakView)).containsExactly((long) onTemplate);
    assertThat(oakView.get("prices").get(0).get("price").decimalValue())
        .isEqualByComparingTo("200");
    assertThat(priceIds(ashView)).containsExactly((long) onAsh);
    assertThat(oakView.get("uom").asText()).as("Odoo's default unit").isEqualTo("Units");
    assertThat(report.get("skippedRecords").toString())
        .doesNotContain("\"odooId\":" + onTemplate + ",")
        .doesNotContain("\"odooId\":" + onAsh + ",");
  }

  @Test
  void anOrderForAVariantPricedOnlyOnItsTemplateReachesOdooWithTheTemplatesPrice() {
    refresh();
    String supplier = SyncFixture.supplier();
    String desk = productId(CUSTOMIZABLE_DESK_13);
    String notes = SyncFixture.unique("template-price");

    Api.Reply placed =
        Api.purchaser()
            .post(
                "/api/purchase-orders",
                """
                {"supplierId": "%s", "notes": "%s", "lines": [{"productId": "%s", "quantity": 2}]}"""
                    .formatted(supplier, notes, desk));

    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    JsonNode order = placed.json();
    assertThat(order.get("currency").asText()).isEqualTo("USD");
    assertThat(order.get("lines").get(0).get("unitPrice").decimalValue())
        .as("Ready Mat's template price of the Customizable Desk")
        .isEqualByComparingTo("480");
    String id = order.get("id").asText();
    SyncFixture.awaitSynced(id, "draft");
    List<Map<String, Object>> inOdoo = SyncFixture.odooOrders(order.get("number").asText());
    assertThat(inOdoo.get(0).get("partner_id")).isEqualTo(List.of(READY_MAT, "Ready Mat"));
    List<Map<String, Object>> lines = SyncFixture.odooLines(inOdoo.get(0).get("id"));
    assertThat(lines).hasSize(1);
    assertThat(((List<?>) lines.get(0).get("product_id")).get(0)).isEqualTo(CUSTOMIZABLE_DESK_13);
    assertThat(lines.get(0).get("price_unit")).isEqualTo(480.0);
    assertThat(lines.get(0).get("product_qty")).isEqualTo(2.0);
  }

  @Test
  void aRecordTheMirrorCannotTakeIsSkippedAndReportedAndTheRestIsMirrored() {
    String prefix = OdooCatalogue.uniquePrefix();
    int vendor = OdooCatalogue.vendor(prefix + " Sawmill");
    int[] plank = OdooCatalogue.product(prefix + " Plank", 4);
    int good = OdooCatalogue.price(vendor, plank, 5.5);
    int negative = vendorPrice(vendor, plank[0], plank[1], -1.0);
    double countedBefore =
        SyncFixture.counter("catalogue_refresh_skipped_total", "product.supplierinfo");
    try {
      JsonNode report = refresh();

      JsonNode skipped = null;
      for (JsonNode s : report.get("skippedRecords")) {
        if (s.get("odooId").asInt() == negative) {
          skipped = s;
        }
      }
      assertThat(skipped).as(report.toString()).isNotNull();
      assertThat(skipped.get("model").asText()).isEqualTo("product.supplierinfo");
      assertThat(skipped.get("reason").asText()).contains("negative");
      assertThat(report.get("skipped").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(
              priceIds(
                  byOdooId(Api.purchaser().get("/api/products?query=" + prefix).ok(), plank[1])))
          .containsExactly((long) good);
      assertThat(SyncFixture.counter("catalogue_refresh_skipped_total", "product.supplierinfo"))
          .isGreaterThan(countedBefore);
    } finally {
      OdooCatalogue.simulator()
          .store()
          .execute("product.supplierinfo", "unlink", Map.of("ids", List.of(negative)));
    }
  }

  private static JsonNode refresh() {
    Api.Reply refresh = Api.operator().post("/api/suppliers/refresh", "{}");
    assertThat(refresh.status()).as(refresh.body()).isEqualTo(200);
    return refresh.json();
  }

  private static int variant(int template, String code) {
    return OdooCatalogue.simulator()
        .store()
        .create("product.product", Map.of("product_tmpl_id", template, "default_code", code));
  }

  /** A vendor price created the way Odoo's form does: only what the user enters. */
  private static int vendorPrice(int vendor, int template, Integer variant, double price) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("partner_id", vendor);
    values.put("product_tmpl_id", template);
    values.put("product_id", variant == null ? false : variant);
    values.put("price", price);
    return OdooCatalogue.simulator().store().create("product.supplierinfo", values);
  }

  /** A seed product, found by its internal reference (the search matches it). */
  private static JsonNode product(int odooId) {
    String code = Map.of(13, "FURN_0096", 14, "FURN_0098", 15, "FURN_0101").get(odooId);
    return byOdooId(Api.purchaser().get("/api/products?query=" + code).ok(), odooId);
  }

  private static String productId(int odooId) {
    return product(odooId).get("id").asText();
  }

  private static JsonNode byOdooId(JsonNode page, int odooId) {
    for (JsonNode item : page.get("items")) {
      if (item.get("odooId").asInt() == odooId) {
        return item;
      }
    }
    throw new AssertionError("no product " + odooId + " in " + page);
  }

  private static List<Long> priceIds(JsonNode product) {
    List<Long> ids = new ArrayList<>();
    product.get("prices").forEach(p -> ids.add(p.get("odooId").asLong()));
    return ids;
  }
}
