package net.orderbridge.sync.odoo.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.odoo.OdooClient;
import org.junit.jupiter.api.Test;

/** Which partners a single read mirrors: vendors only, never any other contact. */
class OdooSupplierSourceTest {
  private final Map<Long, Map<String, Object>> partners = new HashMap<>();
  private final Map<String, Map<Long, Long>> recordsOfPartner = new HashMap<>();
  private final List<String> calls = new ArrayList<>();

  private final OdooClient odoo =
      (OdooClient)
          Proxy.newProxyInstance(
              OdooClient.class.getClassLoader(),
              new Class<?>[] {OdooClient.class},
              (proxy, method, args) -> {
                calls.add(method.getName() + " " + args[0]);
                return switch (method.getName()) {
                  case "read" -> {
                    long id = ((List<?>) args[1]).stream().mapToLong(o -> (Long) o).sum();
                    yield partners.containsKey(id) ? List.of(partners.get(id)) : List.of();
                  }
                  case "searchCount" -> {
                    List<?> clause = (List<?>) ((List<?>) args[1]).get(0);
                    yield recordsOfPartner
                        .getOrDefault((String) args[0], Map.of())
                        .getOrDefault((Long) clause.get(2), 0L);
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                };
              });
  private final OdooSupplierSource source = new OdooSupplierSource(odoo);

  private void partner(long id, String name, int supplierRank) {
    partners.put(
        id,
        Map.of(
            "id",
            id,
            "name",
            name,
            "email",
            name.toLowerCase().replace(' ', '.') + "@example.com",
            "ref",
            false,
            "is_company",
            false,
            "supplier_rank",
            (long) supplierRank,
            "active",
            true,
            "write_date",
            "2026-12-01 10:00:00"));
  }

  @Test
  void aPartnerWithASupplierRankIsAVendor() {
    partner(10, "Gemini Furniture", 1);

    assertThat(source.supplier(10))
        .hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Gemini Furniture"));
  }

  @Test
  void aPartnerOnAPurchaseOrderIsAVendorWithoutARank() {
    partner(11, "Wood Corner", 0);
    recordsOfPartner.put("purchase.order", Map.of(11L, 2L));

    assertThat(source.supplier(11)).isPresent();
  }

  @Test
  void aPartnerInAVendorPriceListIsAVendorWithoutARank() {
    partner(13, "Deco Addict", 0);
    recordsOfPartner.put("product.supplierinfo", Map.of(13L, 3L));

    assertThat(source.supplier(13)).isPresent();
  }

  @Test
  void anyOtherContactIsNotMirrored() {
    partner(12, "Jane Customer", 0);

    assertThat(source.supplier(12)).isEmpty();
    assertThat(calls).contains("searchCount purchase.order");
  }
}
