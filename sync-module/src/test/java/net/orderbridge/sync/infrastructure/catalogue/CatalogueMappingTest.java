package net.orderbridge.sync.infrastructure.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.sync.infrastructure.odoo.OdooRecord;
import net.orderbridge.sync.infrastructure.odoo.OdooReference;
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
