package net.orderbridge.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.it.Api;
import net.orderbridge.simulator.OdooSimulator;

/**
 * Catalogue records that a test makes in the simulator for itself, and the full refresh that
 * mirrors them. Names start with a prefix unique to the test, so searches find only its records.
 */
final class OdooCatalogue {
  private OdooCatalogue() {}

  /**
   * The one simulator of the test JVM. {@code net.orderbridge.it.ItOdoo} owns it (it listens on the
   * port the server was configured with, so there can be only one); it is package-private there,
   * hence the reflective call.
   */
  static OdooSimulator simulator() {
    try {
      Method simulator = Class.forName("net.orderbridge.it.ItOdoo").getDeclaredMethod("simulator");
      simulator.setAccessible(true);
      return (OdooSimulator) simulator.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reach the IT simulator", e);
    }
  }

  /** A prefix no other test or run uses, e.g. {@code catit3f9a0c1b}. */
  static String uniquePrefix() {
    return "catit" + UUID.randomUUID().toString().substring(0, 8);
  }

  static int vendor(String name) {
    return simulator()
        .store()
        .create(
            "res.partner",
            Map.of(
                "name",
                name,
                "email",
                name + "@example.com",
                "is_company",
                true,
                "supplier_rank",
                1,
                "active",
                true));
  }

  /** A product variant of a template of its own; returns {@code {template, product}}. */
  static int[] product(String name, double cost) {
    int template = simulator().store().create("product.template", Map.of("name", name));
    int product =
        simulator()
            .store()
            .create(
                "product.product",
                Map.of(
                    "name",
                    name,
                    "product_tmpl_id",
                    template,
                    "standard_price",
                    cost,
                    "list_price",
                    cost * 2,
                    "purchase_ok",
                    true,
                    "active",
                    true));
    return new int[] {template, product};
  }

  /** A USD vendor price from one unit on. */
  static int price(int vendor, int[] product, double price) {
    return simulator()
        .store()
        .create(
            "product.supplierinfo",
            Map.of(
                "partner_id",
                vendor,
                "product_id",
                product[1],
                "product_tmpl_id",
                product[0],
                "price",
                price,
                "min_qty",
                1.0,
                "delay",
                3,
                "currency_id",
                1));
  }

  /** Mirrors all of Odoo's catalogue, as an operator does. */
  static void refresh() {
    Api.Reply refresh = Api.operator().post("/api/suppliers/refresh", "{}");
    assertThat(refresh.status()).as(refresh.body()).isEqualTo(200);
  }
}
