package net.orderbridge.simulator.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed products with vendor prices and lead times, and ten demo orders (ids 1–10). Like a real
 * Odoo's demo data (the reference's {@code catalogue/}), the Customizable Desk's vendor prices are
 * mostly set on its template ({@code product_id} empty: they price both variants 13 and 14), with a
 * quantity break, a vendor whose rank is 0 (Azure Interior), a minimum of 0, one variant-level line
 * beside a template line of the same vendor, and an archived variant that still has a price.
 */
final class SeedCatalogue {
  private final Orm orm;
  private final Seed seed;

  SeedCatalogue(Orm orm, Seed seed) {
    this.orm = orm;
    this.seed = seed;
  }

  void products() {
    product(1, 1, "Restaurant Expenses", null, "service", 1, 8.0, 14.0);
    product(2, 2, "Hotel Accommodation", null, "service", 5, 400.0, 400.0);
    product(3, 3, "Virtual Interior Design", null, "service", 4, 20.5, 30.75);
    product(4, 4, "Virtual Home Staging", null, "service", 4, 25.5, 38.25);
    product(5, 5, "Office Chair", "FURN_7777", "consu", 1, 55.0, 70.0);
    product(6, 6, "Office Lamp", "FURN_8888", "consu", 1, 35.0, 40.0);
    seed.put(
        "product.product",
        6,
        Seed.merge(orm.store().get("product.product", 6), "barcode", "40164785534112"));
    product(7, 7, "Office Design Software", "FURN_9999", "consu", 1, 235.0, 280.0);
    product(8, 8, "Desk Combination", "FURN_7800", "consu", 1, 300.0, 450.0);
    product(13, 9, "Customizable Desk", "FURN_0096", "consu", 1, 500.0, 750.0);
    product(14, 9, "Customizable Desk", "FURN_0098", "consu", 1, 500.0, 750.0);
    seller(17, 6, 11, 31.0, 4);
    seller(18, 5, 10, 50.0, 3);
    seller(19, 5, 8, 49.0, 7);
    seller(20, 6, 10, 30.0, 2);
    seller(21, 5, 11, 52.0, 5);
    templateSeller(22, 9, 11, 480.0, 1.0, 6);
    seller(23, 14, 11, 510.0, 6);
    templateSeller(24, 9, 10, 470.0, 5.0, 3);
    templateSeller(25, 9, 15, 495.0, 0.0, 8);
    product(15, 10, "Desk Pad", "FURN_0101", "consu", 1, 9.0, 14.0);
    seed.put(
        "product.product", 15, Seed.merge(orm.store().get("product.product", 15), "active", false));
    seller(26, 15, 8, 12.5, 4);
    orm.store().setNextId("product.supplierinfo", 27);
  }

  private void product(
      int id, int tmpl, String name, String code, String type, int uom, double cost, double price) {
    if (orm.store().exists("product.template", tmpl)) {
      // a template with several variants has no internal reference of its own
      seed.put(
          "product.template",
          tmpl,
          Seed.merge(orm.store().get("product.template", tmpl), "default_code", null));
    } else {
      seed.put(
          "product.template",
          tmpl,
          "name",
          name,
          "default_code",
          code,
          "type",
          type,
          "uom_id",
          uom,
          "standard_price",
          cost,
          "list_price",
          price,
          "purchase_ok",
          true,
          "sale_ok",
          true);
    }
    seed.put(
        "product.product",
        id,
        "name",
        name,
        "default_code",
        code,
        "type",
        type,
        "uom_id",
        uom,
        "standard_price",
        cost,
        "list_price",
        price,
        "purchase_ok",
        true,
        "sale_ok",
        true,
        "product_tmpl_id",
        tmpl,
        "supplier_taxes_id",
        List.of(2));
  }

  private void seller(int id, int product, int partner, double price, int delay) {
    Object template = orm.store().get("product.product", product).get("product_tmpl_id");
    vendorPrice(id, product, (Integer) template, partner, price, 1.0, delay);
  }

  /** A vendor price set on the template only: {@code product_id} stays empty. */
  private void templateSeller(
      int id, int template, int partner, double price, double minQty, int delay) {
    vendorPrice(id, null, template, partner, price, minQty, delay);
  }

  private void vendorPrice(
      int id, Integer product, int template, int partner, double price, double minQty, int delay) {
    seed.put(
        "product.supplierinfo",
        id,
        "partner_id",
        partner,
        "product_id",
        product,
        "product_tmpl_id",
        template,
        "sequence",
        1,
        "price",
        price,
        "min_qty",
        minQty,
        "delay",
        delay,
        "currency_id",
        1,
        orm.models().schema().supplierUom(),
        FieldDefaults.UNITS,
        "company_id",
        FieldDefaults.COMPANY);
  }

  void orders() {
    Writer w = new Writer(orm);
    Env env = new Env(2, Map.of(), seed.at);
    int[] partners = {15, 10, 11, 8, 15, 11, 8, 8, 10, 15};
    String[] states = {
      "draft",
      "draft",
      "draft",
      "draft",
      "draft",
      "sent",
      "draft",
      "purchase",
      "purchase",
      "purchase"
    };
    ModelDef po = orm.def(PurchaseRules.ORDER);
    for (int i = 0; i < 10; i++) {
      Map<String, Object> vals = new HashMap<>();
      vals.put("partner_id", partners[i]);
      vals.put("date_order", seed.at.minusDays(20 - i));
      vals.put("state", states[i]);
      if (states[i].equals("purchase")) {
        vals.put("date_approve", seed.at.minusDays(10 - i));
      }
      vals.put(
          "order_line",
          List.of(
              List.of(0, 0, Map.of("product_id", 5 + (i % 2), "product_qty", 10.0 + i)),
              List.of(0, 0, Map.of("product_id", 7 + (i % 2), "product_qty", 2.0))));
      w.createOne(env, po, vals);
    }
    orm.store().setNextId(PurchaseRules.ORDER, 11);
    orm.store().setNextId(PurchaseRules.LINE, 22);
    orm.store().setNextId(PurchaseRules.SEQUENCE, 11);
  }
}
