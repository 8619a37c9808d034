package net.orderbridge.simulator.model;

import static net.orderbridge.simulator.model.FieldType.BOOLEAN;
import static net.orderbridge.simulator.model.FieldType.CHAR;
import static net.orderbridge.simulator.model.FieldType.DATE;
import static net.orderbridge.simulator.model.FieldType.DATETIME;
import static net.orderbridge.simulator.model.FieldType.FLOAT;
import static net.orderbridge.simulator.model.FieldType.INTEGER;
import static net.orderbridge.simulator.model.FieldType.MANY2MANY;
import static net.orderbridge.simulator.model.FieldType.MANY2ONE;
import static net.orderbridge.simulator.model.FieldType.ONE2MANY;
import static net.orderbridge.simulator.model.FieldType.SELECTION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models the simulator knows, shaped for one server version. */
public final class Models {
  private final Map<String, ModelDef> defs = new LinkedHashMap<>();
  private final Schema schema;

  public Models(Schema schema) {
    this.schema = schema;
    partner();
    simple("res.company", "Companies")
        .add(Field.rel("currency_id", MANY2ONE, "Currency", "res.currency"));
    simple("ir.config_parameter", "System Parameter")
        .add(Field.of("key", CHAR, "Key"))
        .add(Field.of("value", CHAR, "Value"));
    simple("res.country", "Country").add(Field.of("code", CHAR, "Country Code"));
    simple("account.payment.term", "Payment Terms");
    simple("res.groups", "Access Groups");
    product();
    simple("product.template", "Product")
        .add(Field.of("default_code", CHAR, "Internal Reference"))
        .add(sel("type", "Product Type", "consu", "service", "combo"))
        .add(Field.rel("uom_id", MANY2ONE, "Unit", "uom.uom"))
        .add(Field.of("standard_price", FLOAT, "Cost"))
        .add(Field.of("list_price", FLOAT, "Sales Price"))
        .add(Field.of("purchase_ok", BOOLEAN, "Purchase"))
        .add(Field.of("sale_ok", BOOLEAN, "Sales"))
        .add(Field.of("active", BOOLEAN, "Active"));
    supplierinfo();
    simple("uom.uom", "Product Unit of Measure")
        .add(Field.of("relative_factor", FLOAT, "Contains"))
        .add(Field.rel("relative_uom_id", MANY2ONE, "Reference Unit", "uom.uom"))
        .add(Field.of("active", BOOLEAN, "Active"));
    simple("res.currency", "Currency")
        .add(Field.of("symbol", CHAR, "Symbol"))
        .add(Field.of("rounding", FLOAT, "Rounding Factor"))
        .add(Field.of("active", BOOLEAN, "Active"));
    simple("account.tax", "Tax")
        .add(Field.of("amount", FLOAT, "Amount"))
        .add(sel("amount_type", "Tax Computation", "group", "fixed", "percent", "division"))
        .add(Field.of("price_include", BOOLEAN, "Included in Price"))
        .add(sel("type_tax_use", "Tax Type", "sale", "purchase", "none"))
        .add(Field.of("active", BOOLEAN, "Active"));
    users();
    simple("ir.model.data", "Model Data")
        .add(Field.of("module", CHAR, "Module"))
        .add(Field.of("model", CHAR, "Model Name"))
        .add(Field.of("res_id", FieldType.INTEGER, "Record ID"))
        .add(Field.of("complete_name", CHAR, "Complete ID"));
    simple("res.users.apikeys", "Users API Keys")
        .add(Field.of("scope", CHAR, "Scope"))
        .add(Field.rel("user_id", MANY2ONE, "User", "res.users"))
        .add(Field.of("expiration_date", DATETIME, "Expiration Date"));
    simple("res.users.apikeys.description", "API Key Description")
        .add(sel("duration", "Duration", "1", "7", "30", "90", "0", "-1"));
    defs.put("purchase.order", PurchaseFields.order(schema));
    defs.put("purchase.order.line", PurchaseFields.line(schema));
  }

  public Schema schema() {
    return schema;
  }

  public ModelDef get(String model) {
    return defs.get(model);
  }

  public Iterable<ModelDef> all() {
    return defs.values();
  }

  static Field sel(String name, String string, String... values) {
    List<List<String>> pairs = new java.util.ArrayList<>();
    for (String v : values) {
      pairs.add(List.of(v, v));
    }
    return Field.of(name, SELECTION, string).withSelection(pairs);
  }

  /** Fields every model has. */
  static ModelDef base(String name, String description) {
    return new ModelDef(name, description)
        .add(Field.of("id", INTEGER, "ID").withReadonly(true))
        .add(Field.of("display_name", CHAR, "Display Name").withReadonly(true))
        .add(Field.rel("create_uid", MANY2ONE, "Created by", "res.users").withReadonly(true))
        .add(Field.of("create_date", DATETIME, "Created on").withReadonly(true))
        .add(Field.rel("write_uid", MANY2ONE, "Last Updated by", "res.users").withReadonly(true))
        .add(Field.of("write_date", DATETIME, "Last Updated on").withReadonly(true));
  }

  private ModelDef simple(String name, String description) {
    ModelDef def = base(name, description).add(Field.of("name", CHAR, "Name"));
    defs.put(name, def);
    return def;
  }

  private void partner() {
    simple("res.partner", "Contact")
        .add(Field.of("is_company", BOOLEAN, "Is a Company"))
        .add(Field.of("email", CHAR, "Email"))
        .add(Field.of("phone", CHAR, "Phone"))
        .add(Field.of("vat", CHAR, "Tax ID"))
        .add(Field.of("ref", CHAR, "Reference"))
        .add(Field.of("supplier_rank", INTEGER, "Supplier Rank"))
        .add(Field.rel("company_id", MANY2ONE, "Company", "res.company"))
        .add(Field.rel("country_id", MANY2ONE, "Country", "res.country"))
        .add(Field.rel("parent_id", MANY2ONE, "Related Company", "res.partner"))
        .add(
            Field.rel(
                "property_purchase_currency_id", MANY2ONE, "Supplier Currency", "res.currency"))
        .add(
            Field.rel(
                "property_supplier_payment_term_id",
                MANY2ONE,
                "Vendor Payment Terms",
                "account.payment.term"))
        .add(Field.of("active", BOOLEAN, "Active"));
  }

  private void product() {
    simple("product.product", "Product Variant")
        .add(Field.of("default_code", CHAR, "Internal Reference"))
        .add(Field.of("barcode", CHAR, "Barcode"))
        .add(sel("type", "Product Type", "consu", "service", "combo"))
        .add(Field.rel("uom_id", MANY2ONE, "Unit", "uom.uom"))
        .add(Field.of("standard_price", FLOAT, "Cost"))
        .add(Field.of("list_price", FLOAT, "Sales Price"))
        .add(Field.of("purchase_ok", BOOLEAN, "Purchase"))
        .add(Field.of("sale_ok", BOOLEAN, "Sales"))
        .add(Field.rel("product_tmpl_id", MANY2ONE, "Product Template", "product.template"))
        .add(Field.rel("supplier_taxes_id", MANY2MANY, "Purchase Taxes", "account.tax"))
        .add(
            Field.rel("seller_ids", ONE2MANY, "Vendors", "product.supplierinfo")
                .withInverse("product_id"))
        .add(Field.of("active", BOOLEAN, "Active"));
  }

  /**
   * {@code product.supplierinfo} as the reference's {@code supplierinfo_fields_get} shows it: the
   * vendor and template are required, the variant is not ({@code product_id = False} prices every
   * variant of the template).
   */
  private void supplierinfo() {
    Field uom = Field.rel(schema.supplierUom(), MANY2ONE, "Unit", "uom.uom");
    ModelDef def =
        base("product.supplierinfo", "Supplier Pricelist")
            .add(
                Field.rel(schema.supplierPartnerField(), MANY2ONE, "Vendor", "res.partner")
                    .withRequired(true))
            .add(Field.rel("product_id", MANY2ONE, "Product Variant", "product.product"))
            .add(
                Field.rel("product_tmpl_id", MANY2ONE, "Product Template", "product.template")
                    .withRequired(true))
            .add(Field.of("product_name", CHAR, "Vendor Product Name"))
            .add(Field.of("product_code", CHAR, "Vendor Product Code"))
            .add(Field.of("sequence", INTEGER, "Sequence"))
            .add(Field.of("price", FLOAT, "Unit Price"))
            .add(Field.of("min_qty", FLOAT, "Quantity").withRequired(true))
            .add(Field.of("delay", INTEGER, "Lead Time").withRequired(true))
            .add(Field.rel("currency_id", MANY2ONE, "Currency", "res.currency").withRequired(true))
            .add(schema.v19() ? uom.withRequired(true) : uom.withReadonly(true))
            .add(Field.rel("company_id", MANY2ONE, "Company", "res.company"))
            .add(Field.of("date_start", DATE, "Start Date"))
            .add(Field.of("date_end", DATE, "End Date"));
    defs.put(def.name(), def);
  }

  private void users() {
    simple("res.users", "User")
        .add(Field.of("login", CHAR, "Login"))
        .add(Field.of("password", CHAR, "Password"))
        .add(Field.rel("partner_id", MANY2ONE, "Related Partner", "res.partner"))
        .add(Field.rel(schema.groupsField(), MANY2MANY, "Groups", "res.groups"))
        .add(Field.of("active", BOOLEAN, "Active"));
  }
}
