package net.orderbridge.supplier.infrastructure.cache;

import java.time.Duration;
import java.util.Objects;
import net.orderbridge.supplier.application.CacheEntry;

/**
 * How the caches behave; read from MicroProfile Config by {@link CatalogueCacheProducer}.
 *
 * @param l1Ttl {@code catalogue.l1.ttl}: time to live in the in-process level
 * @param l1MaxSize {@code catalogue.l1.max-size}: entries kept in the in-process level
 * @param l2SupplierTtl {@code catalogue.l2.ttl.suppliers}
 * @param l2ProductTtl {@code catalogue.l2.ttl.products} (products carry their prices)
 * @param l2IdTtl {@code catalogue.l2.ttl.ids}: Odoo id to local id, which never changes
 * @param namespace {@code catalogue.namespace}: prefix of Redis keys and name of the channel
 */
public record CacheSettings(
    Duration l1Ttl,
    long l1MaxSize,
    Duration l2SupplierTtl,
    Duration l2ProductTtl,
    Duration l2IdTtl,
    String namespace) {

  public CacheSettings {
    Objects.requireNonNull(l1Ttl, "l1Ttl");
    Objects.requireNonNull(l2SupplierTtl, "l2SupplierTtl");
    Objects.requireNonNull(l2ProductTtl, "l2ProductTtl");
    Objects.requireNonNull(l2IdTtl, "l2IdTtl");
    if (namespace == null || !namespace.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("namespace: lower-case letters, digits and _ only");
    }
  }

  public static CacheSettings defaults(String namespace) {
    return new CacheSettings(
        Duration.ofSeconds(60),
        10_000,
        Duration.ofHours(1),
        Duration.ofMinutes(30),
        Duration.ofDays(1),
        namespace);
  }

  Duration l2Ttl(CacheEntry.Kind kind) {
    return switch (kind) {
      case SUPPLIER -> l2SupplierTtl;
      case PRODUCT -> l2ProductTtl;
      case SUPPLIER_ID_OF_ODOO_ID, PRODUCT_ID_OF_ODOO_ID -> l2IdTtl;
    };
  }

  /** The Redis channel, or PostgreSQL notification channel, for invalidation messages. */
  String channel() {
    return namespace + "_invalidations";
  }
}
