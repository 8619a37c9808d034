package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seed catalogue of the simulator as the service mirrors it: local ids of known vendors and
 * products.
 */
final class Catalogue {
  /**
   * Ready Mat (res.partner 11) sells the Office Chair (product 5) at 52.00 and the Office Lamp (6)
   * at 31.00.
   */
  static final long READY_MAT = 11;

  static final long OFFICE_CHAIR = 5;
  static final long OFFICE_LAMP = 6;

  private Catalogue() {}

  /**
   * Mirrors the simulator's catalogue (idempotent) and returns the local id of a vendor. Waits for
   * the application first (through {@link SyncFixture#supplier()}): the server reports started
   * before the EAR is, and on a loaded machine the EAR takes a minute more.
   */
  static String supplierId(long odooId) {
    SyncFixture.supplier();
    Api.Reply refresh = Api.operator().post("/api/suppliers/refresh", "{}");
    assertThat(refresh.status()).as(refresh.response().body()).isEqualTo(200);
    JsonNode page = Api.purchaser().get("/api/suppliers?size=200").json();
    for (JsonNode supplier : page.get("items")) {
      if (supplier.get("odooId").asLong() == odooId) {
        return supplier.get("id").asText();
      }
    }
    throw new AssertionError("no supplier with Odoo id " + odooId + " in " + page);
  }

  static String productId(long odooId) {
    JsonNode page = Api.purchaser().get("/api/products?size=200").json();
    for (JsonNode product : page.get("items")) {
      if (product.get("odooId").asLong() == odooId) {
        return product.get("id").asText();
      }
    }
    throw new AssertionError("no product with Odoo id " + odooId + " in " + page);
  }
}
