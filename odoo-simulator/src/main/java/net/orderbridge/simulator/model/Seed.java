package net.orderbridge.simulator.model;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The data a fresh simulator starts with, shaped after Odoo's purchase demo data (same ids as the
 * reference transcripts: vendor 10, products 1 and 2, orders 1–10, admin uid 2).
 */
public final class Seed {
  /** Who can log in. {@code noRightsLogin} null means no such user. */
  public record Accounts(
      String login,
      String password,
      String apiKey,
      String noRightsLogin,
      String noRightsPassword,
      String noRightsApiKey) {}

  private final Orm orm;
  final LocalDateTime at;

  private Seed(Orm orm, LocalDateTime at) {
    this.orm = orm;
    this.at = at;
  }

  public static void load(Orm orm, Accounts accounts, LocalDateTime now) {
    Seed s = new Seed(orm, now.minusMinutes(1).withNano(0));
    orm.store().clear();
    s.reference();
    SeedCatalogue c = new SeedCatalogue(orm, s);
    c.products();
    s.users(accounts);
    c.orders();
  }

  void put(String model, int id, Object... kv) {
    Map<String, Object> rec = new HashMap<>();
    rec.put("id", id);
    for (Field f : orm.def(model).fields()) {
      if (f.type().isX2many()) {
        rec.put(f.name(), List.of());
      }
    }
    if (orm.def(model).has("active")) {
      rec.put("active", true);
    }
    rec.put("create_date", at);
    rec.put("write_date", at);
    rec.put("create_uid", 1);
    rec.put("write_uid", 1);
    for (int i = 0; i < kv.length; i += 2) {
      rec.put((String) kv[i], kv[i + 1]);
    }
    orm.store().put(model, id, rec);
  }

  void put(String model, int id, Map<String, Object> rec) {
    orm.store().put(model, id, rec);
  }

  private void reference() {
    put("res.currency", 1, "name", "USD", "symbol", "$", "rounding", 0.01);
    put("res.currency", 2, "name", "EUR", "symbol", "€", "rounding", 0.01, "active", false);
    put("res.company", 1, "name", "YourCompany", "currency_id", 1);
    // drawn when an Odoo database is created: a fresh simulator database is another database
    put("ir.config_parameter", 1, "key", "database.uuid", "value", UUID.randomUUID().toString());
    put("res.country", 203, "name", "San Marino", "code", "SM");
    put("res.country", 233, "name", "United States", "code", "US");
    put("account.payment.term", 4, "name", "30 Days");
    put("res.groups", 1, "name", "Role / User");
    put("res.groups", Users.PURCHASE_GROUP, "name", "Purchase / User");
    imd(5, "base", "group_user", "res.groups", 1);
    imd(6, "base", "main_company", "res.company", 1);
    imd(7, "base", "user_admin", "res.users", 2);
    imd(8, "purchase", "group_purchase_user", "res.groups", Users.PURCHASE_GROUP);
    imd(9, "base", "USD", "res.currency", 1);
    partner(1, "YourCompany", "info@yourcompany.com", 0, null, null, true);
    partner(3, "Mitchell Admin", "admin@yourcompany.example.com", 0, null, null, false);
    partner(8, "Wood Corner", "wood.corner26@example.com", 0, 233, null, true);
    partner(
        10,
        "Gemini Furniture",
        "gemini_furniture@fake.geminifurniture.com",
        2,
        203,
        "SM12345",
        true);
    partner(11, "Ready Mat", "ready.mat28@example.com", 4, 233, "US12345675", true);
    put(
        "res.partner",
        11,
        merge(
            orm.store().get("res.partner", 11),
            "property_supplier_payment_term_id",
            4,
            "phone",
            "(803)-873-6126"));
    put("res.partner", 10, merge(orm.store().get("res.partner", 10), "phone", "+378 0549 885555"));
    partner(15, "Azure Interior", "azure.Interior24@example.com", 0, 233, null, true);
    uom(1, "Units", 1.0, null, true);
    uom(2, "Pack of 6", 6.0, 1, true);
    uom(4, "Hours", 1.0, null, true);
    uom(5, "Days", 8.0, 4, true);
    uom(6, "mm", 1.0, null, true);
    uom(7, "cm", 10.0, 6, false);
    uom(8, "m", 100.0, 7, true);
    uom(10, "m²", 1.0, null, true);
    uom(11, "ml", 1.0, null, true);
    uom(12, "L", 1000.0, 11, true);
    uom(14, "g", 1.0, null, true);
    tax(1, "15%", 15.0, "sale");
    tax(2, "15%", 15.0, "purchase");
    tax(4, "0% Imports", 0.0, "purchase");
    tax(28, "0%", 0.0, "purchase");
    tax(29, "2.9%", 2.9, "purchase");
    tax(30, "4%", 4.0, "purchase");
  }

  static Map<String, Object> merge(Map<String, Object> rec, Object... kv) {
    Map<String, Object> copy = new HashMap<>(rec);
    for (int i = 0; i < kv.length; i += 2) {
      copy.put((String) kv[i], kv[i + 1]);
    }
    return copy;
  }

  private void imd(int id, String module, String name, String model, int resId) {
    put(
        "ir.model.data",
        id,
        "module",
        module,
        "name",
        name,
        "model",
        model,
        "res_id",
        resId,
        "complete_name",
        module + "." + name);
  }

  private void partner(
      int id, String name, String email, int rank, Integer country, String vat, boolean company) {
    put(
        "res.partner",
        id,
        "name",
        name,
        "email",
        email,
        "supplier_rank",
        rank,
        "country_id",
        country,
        "vat",
        vat,
        "is_company",
        company);
  }

  private void uom(int id, String name, double factor, Integer ref, boolean active) {
    put(
        "uom.uom",
        id,
        "name",
        name,
        "relative_factor",
        factor,
        "relative_uom_id",
        ref,
        "active",
        active);
  }

  private void tax(int id, String name, double amount, String use) {
    put(
        "account.tax",
        id,
        "name",
        name,
        "amount",
        amount,
        "amount_type",
        "percent",
        "price_include",
        false,
        "type_tax_use",
        use);
  }

  private void users(Accounts a) {
    put("res.partner", 2, "name", "OdooBot", "active", false);
    put("res.users", 1, "name", "OdooBot", "login", "__system__", "active", false);
    String groups = orm.models().schema().groupsField();
    put(
        "res.users",
        2,
        "name",
        "Mitchell Admin",
        "login",
        a.login(),
        "password",
        a.password(),
        "partner_id",
        3,
        groups,
        List.of(1, Users.PURCHASE_GROUP));
    if (a.apiKey() != null) {
      put("res.users.apikeys", 1, "name", "orderbridge-simulator", "user_id", 2, "key", a.apiKey());
    }
    if (a.noRightsLogin() != null) {
      put("res.partner", 16, "name", "No Purchase Rights");
      put(
          "res.users",
          6,
          "name",
          "No Purchase Rights",
          "login",
          a.noRightsLogin(),
          "password",
          a.noRightsPassword(),
          "partner_id",
          16,
          groups,
          List.of(1));
      if (a.noRightsApiKey() != null) {
        put("res.users.apikeys", 2, "name", "norights", "user_id", 6, "key", a.noRightsApiKey());
      }
    }
    orm.store().setNextId("res.users", 7);
    orm.store().setNextId("res.users.apikeys.description", 2);
    orm.store().setNextId("res.partner", 40);
  }
}
