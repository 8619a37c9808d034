package net.orderbridge.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supplier and product endpoints on Liberty, over what the simulator holds. Every test makes
 * its own vendors and products in the simulator and mirrors them with a full refresh.
 */
class CatalogueApiIT {

  /** The server reports started before the EAR is: wait for the application first. */
  @BeforeAll
  static void applicationIsUp() {
    SyncFixture.supplier();
  }

  @Test
  void suppliersAreSearchedPageByPageWithATotalAndBothIds() {
    String prefix = OdooCatalogue.uniquePrefix();
    List<Integer> odooIds = new ArrayList<>();
    for (String name : List.of(" Alder", " Birch", " Cedar")) {
      odooIds.add(OdooCatalogue.vendor(prefix + name));
    }
    OdooCatalogue.refresh();

    JsonNode first = Api.purchaser().get("/api/suppliers?query=" + prefix + "&size=2").ok();
    JsonNode second = Api.auditor().get("/api/suppliers?query=" + prefix + "&page=1&size=2").ok();

    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("size").asInt()).isEqualTo(2);
    assertThat(first.get("items")).hasSize(2);
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("items")).hasSize(1);
    List<JsonNode> all = new ArrayList<>();
    first.get("items").forEach(all::add);
    second.get("items").forEach(all::add);
    assertThat(all)
        .extracting(s -> s.get("odooId").asInt())
        .containsExactlyInAnyOrderElementsOf(odooIds);
    assertThat(all).allSatisfy(s -> UUID.fromString(s.get("id").asText()));
    assertThat(all).allMatch(s -> s.get("active").asBoolean());
  }

  @Test
  void oneSupplierIsReadWithTheProductsItOffersAndTheirPrices() {
    String prefix = OdooCatalogue.uniquePrefix();
    int vendor = OdooCatalogue.vendor(prefix + " Timber");
    int[] desk = OdooCatalogue.product(prefix + " Desk", 80);
    int[] shelf = OdooCatalogue.product(prefix + " Shelf", 20);
    OdooCatalogue.price(vendor, desk, 95.5);
    OdooCatalogue.refresh();
    String id = supplierId(prefix);

    JsonNode supplier = Api.purchaser().get("/api/suppliers/" + id).ok();
    JsonNode offered = Api.purchaser().get("/api/suppliers/" + id + "/products").ok();

    assertThat(supplier.get("id").asText()).isEqualTo(id);
    assertThat(supplier.get("odooId").asInt()).isEqualTo(vendor);
    assertThat(supplier.get("name").asText()).isEqualTo(prefix + " Timber");
    assertThat(supplier.get("email").asText()).isEqualTo(prefix + " Timber@example.com");
    assertThat(Instant.parse(supplier.get("refreshedAt").asText()))
        .isCloseTo(Instant.now(), within(Duration.ofMinutes(5)));
    assertThat(offered.get("total").asLong()).isEqualTo(1);
    JsonNode product = offered.get("items").get(0);
    assertThat(product.get("odooId").asInt()).isEqualTo(desk[1]).isNotEqualTo(shelf[1]);
    UUID.fromString(product.get("id").asText());
    JsonNode price = product.get("prices").get(0);
    assertThat(price.get("supplierId").asText()).isEqualTo(id);
    assertThat(price.get("price").decimalValue()).isEqualByComparingTo("95.5");
    assertThat(price.get("currency").asText()).isEqualTo("USD");
  }

  @Test
  void productsAreSearchedByNameWithBothIds() {
    String prefix = OdooCatalogue.uniquePrefix();
    int[] stool = OdooCatalogue.product(prefix + " Stool", 12);
    OdooCatalogue.product(OdooCatalogue.uniquePrefix() + " Bench", 30);
    OdooCatalogue.refresh();

    JsonNode found = Api.purchaser().get("/api/products?query=" + prefix).ok();

    assertThat(found.get("total").asLong()).isEqualTo(1);
    JsonNode product = found.get("items").get(0);
    assertThat(product.get("name").asText()).isEqualTo(prefix + " Stool");
    assertThat(product.get("odooId").asInt()).isEqualTo(stool[1]);
    UUID.fromString(product.get("id").asText());
    assertThat(product.get("standardPrice").decimalValue()).isEqualByComparingTo("12");
    assertThat(product.get("active").asBoolean()).isTrue();
  }

  @Test
  void onlySyncOperatorsRefreshTheMirror() {
    OdooCatalogue.simulator();

    Api.purchaser().post("/api/suppliers/refresh", "{}").isProblem(403, null);
    Api.auditor().post("/api/suppliers/refresh", "{}").isProblem(403, null);
    Api.anonymous().post("/api/suppliers/refresh", "{}").isProblem(401, null);
    JsonNode report = Api.operator().post("/api/suppliers/refresh", "{}").ok();

    assertThat(report.get("suppliers").asInt()).isPositive();
    assertThat(report.get("products").asInt()).isPositive();
  }

  @Test
  void badIdsAndPagesAreProblems() {
    String unknown = UUID.randomUUID().toString();

    Api.purchaser().get("/api/suppliers/" + unknown).isProblem(404, null);
    Api.purchaser().get("/api/suppliers/" + unknown + "/products").isProblem(404, null);
    Api.purchaser().get("/api/suppliers/not-a-uuid").isProblem(404, null);
    Api.purchaser().get("/api/suppliers/not-a-uuid/products").isProblem(404, null);
    Api.purchaser().get("/api/suppliers?page=-1").isProblem(422, "page");
    Api.purchaser().get("/api/suppliers?size=0").isProblem(422, "size");
    Api.purchaser().get("/api/suppliers?size=201").isProblem(422, "size");
    Api.purchaser().get("/api/suppliers?size=abc").isProblem(400, "size");
    Api.purchaser().get("/api/products?page=first").isProblem(400, "page");
    Api.purchaser().get("/api/products?size=-3").isProblem(422, "size");
    Api.purchaser().get("/api/purchase-orders?size=many").isProblem(400, "size");
  }

  @Test
  void eachRefreshIsAuditedWithWhatItAddedChangedAndRemoved() {
    String prefix = OdooCatalogue.uniquePrefix();
    int vendor = OdooCatalogue.vendor(prefix + " Audit");
    OdooCatalogue.refresh();
    OdooCatalogue.simulator()
        .store()
        .write("res.partner", vendor, Map.of("name", prefix + " Audited"));
    OdooCatalogue.refresh();
    OdooCatalogue.simulator().store().write("res.partner", vendor, Map.of("active", false));
    OdooCatalogue.refresh();

    Api.purchaser().get("/api/catalogue/audit").isProblem(403, null);
    List<String> seen = new ArrayList<>();
    Api.auditor()
        .get("/api/catalogue/audit?limit=1000")
        .ok()
        .forEach(
            entry -> {
              if (entry.get("model").asText().equals("res.partner")
                  && entry.get("odooId").asInt() == vendor) {
                List<String> fields = new ArrayList<>();
                entry
                    .get("changes")
                    .forEach(
                        c ->
                            fields.add(
                                c.get("field").asText()
                                    + ": "
                                    + c.path("before").asText("null")
                                    + " -> "
                                    + c.path("after").asText("null")));
                seen.add(entry.get("kind").asText() + " " + fields);
              }
            });

    assertThat(seen).hasSize(3);
    assertThat(seen.get(0)).isEqualTo("REMOVED [active: true -> false]");
    assertThat(seen.get(1))
        .isEqualTo("CHANGED [name: " + prefix + " Audit -> " + prefix + " Audited]");
    assertThat(seen.get(2))
        .startsWith("ADDED [name: null -> " + prefix + " Audit")
        .doesNotContain("example.com");
  }

  @Test
  void recordsArchivedInOdooStayInTheMirrorAsInactive() {
    String prefix = OdooCatalogue.uniquePrefix();
    int vendor = OdooCatalogue.vendor(prefix + " Quarry");
    int[] slab = OdooCatalogue.product(prefix + " Slab", 40);
    OdooCatalogue.refresh();
    String id = supplierId(prefix);
    assertThat(Api.purchaser().get("/api/suppliers/" + id).ok().get("active").asBoolean()).isTrue();

    OdooCatalogue.simulator().store().write("res.partner", vendor, Map.of("active", false));
    OdooCatalogue.simulator().store().write("product.product", slab[1], Map.of("active", false));
    OdooCatalogue.refresh();

    JsonNode supplier = Api.purchaser().get("/api/suppliers/" + id).ok();
    JsonNode product = Api.purchaser().get("/api/products?query=" + prefix).ok();
    assertThat(supplier.get("active").asBoolean()).isFalse();
    assertThat(supplier.get("odooId").asInt()).isEqualTo(vendor);
    assertThat(product.get("total").asLong()).isEqualTo(1);
    assertThat(product.get("items").get(0).get("active").asBoolean()).isFalse();
    assertThat(product.get("items").get(0).get("odooId").asInt()).isEqualTo(slab[1]);
  }

  /**
   * The mirror's record is made two days old and dropped from the caches, so that the read must ask
   * Odoo: Odoo being down, it serves the mirror, marked stale with the time Odoo was last heard of.
   * The eviction message reaches the server asynchronously, hence the wait; until then the server
   * answers from its L1 without asking Odoo. Few calls reach the down Odoo, so the gateway's
   * circuit stays closed for other tests.
   */
  @Test
  void whenOdooIsDownReadsServeTheMirrorAndSayHowOldItIs() {
    String prefix = OdooCatalogue.uniquePrefix();
    OdooCatalogue.vendor(prefix + " Foundry");
    OdooCatalogue.product(prefix + " Anvil", 70);
    OdooCatalogue.refresh();
    UUID id = UUID.fromString(supplierId(prefix));
    Mirror.ageSupplier(id, 48);
    Mirror.evict("supplier:" + id);

    OdooCatalogue.simulator().faults().down(true);
    try {
      JsonNode supplier =
          await()
              .atMost(Duration.ofSeconds(10))
              .until(
                  () -> Api.purchaser().get("/api/suppliers/" + id).ok(),
                  s -> s.get("stale").asBoolean());
      JsonNode products = Api.purchaser().get("/api/products?query=" + prefix).ok();
      Api.Reply refresh = Api.operator().post("/api/suppliers/refresh", "{}");

      assertThat(supplier.get("stale").asBoolean()).isTrue();
      assertThat(Instant.parse(supplier.get("refreshedAt").asText()))
          .isCloseTo(Instant.now().minus(Duration.ofHours(48)), within(Duration.ofMinutes(5)));
      assertThat(products.get("items")).hasSize(1);
      assertThat(products.get("items").get(0).get("refreshedAt").asText()).isNotBlank();
      refresh.isProblem(503, null);
    } finally {
      OdooCatalogue.simulator().faults().down(false);
    }
  }

  private static String supplierId(String prefix) {
    JsonNode found = Api.purchaser().get("/api/suppliers?query=" + prefix).ok();
    assertThat(found.get("items")).as(found.toString()).hasSize(1);
    return found.get("items").get(0).get("id").asText();
  }
}
