package net.orderbridge.supplier.application;

import java.util.Objects;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierView;

/**
 * The address of one cached value whose type is {@code V}: a supplier or product view by local id,
 * or the local id that belongs to an Odoo id (which never changes once assigned).
 */
public record CacheEntry<V>(Kind kind, String id) {

  /** What an entry holds; each kind has its own time to live in the shared level. */
  public enum Kind {
    SUPPLIER,
    PRODUCT,
    SUPPLIER_ID_OF_ODOO_ID,
    PRODUCT_ID_OF_ODOO_ID
  }

  public CacheEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.contains("|")) {
      throw new IllegalArgumentException("not a cache id: " + id);
    }
  }

  public static CacheEntry<SupplierView> supplier(SupplierId id) {
    return new CacheEntry<>(Kind.SUPPLIER, id.toString());
  }

  public static CacheEntry<ProductView> product(ProductId id) {
    return new CacheEntry<>(Kind.PRODUCT, id.toString());
  }

  public static CacheEntry<SupplierId> supplierIdOf(long odooId) {
    return new CacheEntry<>(Kind.SUPPLIER_ID_OF_ODOO_ID, Long.toString(odooId));
  }

  public static CacheEntry<ProductId> productIdOf(long odooId) {
    return new CacheEntry<>(Kind.PRODUCT_ID_OF_ODOO_ID, Long.toString(odooId));
  }

  /** A key unique across kinds, e.g. {@code supplier:6f1c…}. */
  public String key() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }

  /** The entry a key names; the inverse of {@link #key()}. */
  public static CacheEntry<?> ofKey(String key) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("not a cache key: " + key);
    }
    Kind kind = Kind.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
    return new CacheEntry<>(kind, key.substring(colon + 1));
  }
}
