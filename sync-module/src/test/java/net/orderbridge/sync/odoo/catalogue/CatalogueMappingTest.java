package net.orderbridge.sync.odoo.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.application.FullMirrorRefresh;
import net.orderbridge.supplier.application.MirrorPolicy;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.MirrorFakes;
import net.orderbridge.supplier.fixture.MutableClock;
import net.orderbridge.sync.odoo.OdooRecord;
import net.orderbridge.sync.odoo.OdooReference;
import org.junit.jupiter.api.Test;

/**
 * The catalogue exactly as a real Odoo 19 with demo data answers it ({@code
 * catalogue/catalogue_xmlrpc.json} of the reference), read at test time and mapped record by
 * record.
 */
class CatalogueMappingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyVendorPriceMapsAndTemplateLevelOnesNameNoVariant() throws IOException {
    List<SupplierPriceRecord> prices =
        records("supplierinfo_search_read").stream().map(CatalogueMapping::price).toList();

    assertThat(prices).hasSize(30);
    assertThat(prices)
        .filteredOn(p -> p.productOdooId() == null)
        .extracting(SupplierPriceRecord::odooId, SupplierPriceRecord::templateOdooId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(6L, 13L),
            org.assertj.core.groups.Tuple.tuple(7L, 13L),
            org.assertj.core.groups.Tuple.tuple(9L, 16L),
            org.assertj.core.groups.Tuple.tuple(16L, 23L));
    assertThat(prices).allSatisfy(p -> assertThat(p.currency()).isEqualTo("USD"));
    assertThat(prices).allSatisfy(p -> assertThat(p.supplierOdooId()).isPositive());
    SupplierPriceRecord hotel = byId(prices, 28);
    assertThat(hotel.uom()).isEqualTo("Days");
    assertThat(hotel.price()).isEqualByComparingTo("40");
    SupplierPriceRecord pedalBin = byId(prices, 22);
    assertThat(pedalBin.minQuantity()).isEqualByComparingTo("0");
    assertThat(pedalBin.productOdooId()).isEqualTo(26L);
    assertThat(byId(prices, 6).price()).isEqualByComparingTo("1299");
    assertThat(byId(prices, 6).minQuantity()).isEqualByComparingTo("5");
  }

  @Test
  void everyVariantMapsWithItsEmptyFieldsAsNull() throws IOException {
    List<ProductRecord> products =
        records("variants_of_templates").stream().map(CatalogueMapping::product).toList();

    assertThat(products).hasSize(25);
    ProductRecord restaurant = products.get(0);
    assertThat(restaurant.defaultCode()).isNull();
    assertThat(restaurant.name()).isEqualTo("Restaurant Expenses");
    assertThat(products)
        .filteredOn(p -> p.templateOdooId() == 13)
        .extracting(ProductRecord::odooId)
        .containsExactly(23L, 24L, 25L);
    ProductRecord archived = products.stream().filter(p -> p.odooId() == 54).findFirst().get();
    assertThat(archived.active()).isFalse();
    assertThat(products.stream().filter(p -> p.odooId() == 2).findFirst().get().uom())
        .isEqualTo("Days");
  }

  @Test
  void vendorsMapWithAnEmptyReferenceAsNull() throws IOException {
    List<SupplierRecord> vendors =
        records("vendors_search_read").stream().map(CatalogueMapping::supplier).toList();

    assertThat(vendors).extracting(SupplierRecord::odooId).containsExactly(10L, 11L, 44L);
    assertThat(vendors).allSatisfy(v -> assertThat(v.reference()).isNull());
    assertThat(vendors.get(1).supplierRank()).isEqualTo(4);
  }

  @Test
  void aVendorPriceWithoutCurrencyOrVendorStillMaps() {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("id", 99);
    values.put("partner_id", false);
    values.put("product_id", false);
    values.put("product_tmpl_id", List.of(13, "Large Desk"));
    values.put("price", 1.0);
    values.put("min_qty", 1.0);
    values.put("delay", 1);
    values.put("currency_id", false);
    values.put("product_uom_id", false);
    values.put("write_date", false);

    SupplierPriceRecord price = CatalogueMapping.price(new OdooRecord(values));

    assertThat(price.currency()).isNull();
    assertThat(price.supplierOdooId()).isZero();
    assertThat(price.uom()).isNull();
  }

  /**
   * The whole reference catalogue through the mirror's full refresh: nothing is skipped, every
   * vendor price is mirrored, and a variant priced only on its template is priced and orderable
   * from that template's vendors. The source adds the partners named on vendor prices to those of
   * {@code supplier_rank > 0} ({@code OdooSupplierSource.suppliers}); the reference read only the
   * latter, so the others (8, 9, 14, 15) come in as the contacts they are.
   */
  @Test
  void theWholeReferenceCatalogueMirrorsWithNothingSkipped() throws IOException {
    List<SupplierRecord> vendors =
        new ArrayList<>(
            records("vendors_search_read").stream().map(CatalogueMapping::supplier).toList());
    for (long partner : List.of(8L, 9L, 14L, 15L)) {
      vendors.add(FakeOdoo.vendor(partner, "Partner " + partner));
    }
    List<ProductRecord> variants =
        records("variants_of_templates").stream().map(CatalogueMapping::product).toList();
    List<SupplierPriceRecord> prices =
        records("supplierinfo_search_read").stream().map(CatalogueMapping::price).toList();
    MirrorFakes mirror = new MirrorFakes();
    FullMirrorRefresh refresh =
        new FullMirrorRefresh(
            mirror.suppliers,
            mirror.products,
            mirror.prices,
            new MirrorPolicy(Duration.ofHours(1), Duration.ofHours(1), new MutableClock()),
            mirror.audit);

    FullMirrorRefresh.Outcome outcome = refresh.replaceAll(vendors, variants, prices);

    assertThat(outcome.report().skipped()).isEmpty();
    assertThat(outcome.report().products()).isEqualTo(25);
    assertThat(outcome.report().prices()).isEqualTo(30);
    SupplierId ofPrice6 =
        mirror.suppliers.findByOdooId(byId(prices, 6).supplierOdooId()).orElseThrow().id();
    for (long variant : List.of(23L, 24L, 25L)) {
      ProductView desk =
          outcome.products().stream().filter(p -> p.odooId() == variant).findFirst().orElseThrow();
      assertThat(desk.offeredBy(ofPrice6)).as("variant %s", variant).isTrue();
      assertThat(desk.priceFor(ofPrice6, new Quantity(BigDecimal.TEN)))
          .as("variant %s from its template's line", variant)
          .hasValueSatisfying(p -> assertThat(p.amount()).isEqualByComparingTo("1299"));
    }
  }

  private static SupplierPriceRecord byId(List<SupplierPriceRecord> prices, long id) {
    return prices.stream().filter(p -> p.odooId() == id).findFirst().orElseThrow();
  }

  private static List<OdooRecord> records(String call) throws IOException {
    JsonNode catalogue =
        JSON.readTree(OdooReference.DIR.resolve("catalogue/catalogue_xmlrpc.json").toFile());
    List<OdooRecord> records = new ArrayList<>();
    for (JsonNode record : catalogue.get(call).get("result")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = JSON.convertValue(record, Map.class);
      records.add(new OdooRecord(values));
    }
    return records;
  }
}
