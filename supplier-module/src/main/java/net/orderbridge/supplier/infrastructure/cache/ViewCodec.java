package net.orderbridge.supplier.infrastructure.cache;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceView;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.application.CacheEntry;

/**
 * Cached values as text for Redis: product views as JSON (amounts as strings, never doubles), ids
 * as their UUID. A value that no longer decodes (an older layout) counts as a miss.
 *
 * <p>Redis holds ids, names, codes and prices only: supplier views carry a contact's e-mail address
 * and stay out of it (each instance keeps them in its L1, over the PostgreSQL mirror).
 */
final class ViewCodec {

  private ViewCodec() {}

  static String encode(Object value) {
    if (value instanceof ProductView product) {
      return product(product).build().toString();
    }
    if (value instanceof SupplierId || value instanceof ProductId) {
      return value.toString();
    }
    throw new IllegalArgumentException("not cacheable: " + value.getClass());
  }

  static Object decode(CacheEntry.Kind kind, String text) {
    return switch (kind) {
      case SUPPLIER -> throw new IllegalArgumentException("suppliers are not shared");
      case PRODUCT -> product(read(text));
      case SUPPLIER_ID_OF_ODOO_ID -> SupplierId.of(text);
      case PRODUCT_ID_OF_ODOO_ID -> ProductId.of(text);
    };
  }

  /**
   * Supplier views never go to the shared level (personal data); stale product views neither, so
   * that other instances try Odoo themselves.
   */
  static boolean shareable(Object value) {
    return !(value instanceof SupplierView) && !(value instanceof ProductView p && p.stale());
  }

  /** Whether values of this kind can be in the shared level at all. */
  static boolean sharedKind(CacheEntry.Kind kind) {
    return kind != CacheEntry.Kind.SUPPLIER;
  }

  private static JsonObjectBuilder product(ProductView v) {
    JsonArrayBuilder prices = Json.createArrayBuilder();
    for (SupplierPriceView p : v.prices()) {
      JsonObjectBuilder price =
          Json.createObjectBuilder()
              .add("odooId", p.odooId())
              .add("supplier", p.supplier().toString())
              .add("minQuantity", p.minQuantity().toString())
              .add("price", p.price().amount().toPlainString())
              .add("currency", p.price().currency().value())
              .add("delayDays", p.delayDays())
              .add("active", p.active());
      optional(price, "uom", p.uom());
      prices.add(price);
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", v.id().toString())
            .add("odooId", v.odooId())
            .add("name", v.name())
            .add("uom", v.uom())
            .add("standardPrice", v.standardPrice().toPlainString())
            .add("listPrice", v.listPrice().toPlainString())
            .add("purchasable", v.purchasable())
            .add("active", v.active())
            .add("prices", prices)
            .add("refreshedAt", v.refreshedAt().toString())
            .add("stale", v.stale());
    optional(json, "defaultCode", v.defaultCode());
    return json;
  }

  private static ProductView product(JsonObject json) {
    return new ProductView(
        ProductId.of(json.getString("id")),
        json.getJsonNumber("odooId").longValueExact(),
        json.getString("name"),
        json.getString("defaultCode", null),
        json.getString("uom"),
        new BigDecimal(json.getString("standardPrice")),
        new BigDecimal(json.getString("listPrice")),
        json.getBoolean("purchasable"),
        json.getBoolean("active"),
        json.getJsonArray("prices").getValuesAs(JsonObject.class).stream()
            .map(ViewCodec::price)
            .toList(),
        Instant.parse(json.getString("refreshedAt")),
        json.getBoolean("stale"));
  }

  private static SupplierPriceView price(JsonObject json) {
    return new SupplierPriceView(
        json.getJsonNumber("odooId").longValueExact(),
        SupplierId.of(json.getString("supplier")),
        Quantity.of(json.getString("minQuantity")),
        new Money(
            new BigDecimal(json.getString("price")), CurrencyCode.of(json.getString("currency"))),
        json.getInt("delayDays"),
        json.getString("uom", null),
        json.getBoolean("active"));
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.add(name, JsonValue.NULL);
    } else {
      json.add(name, value);
    }
  }

  private static JsonObject read(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
