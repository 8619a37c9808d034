package net.orderbridge.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import net.orderbridge.it.Api;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.application.CacheEntry;
import net.orderbridge.supplier.infrastructure.cache.CacheMetrics;
import net.orderbridge.supplier.infrastructure.cache.CacheSettings;
import net.orderbridge.supplier.infrastructure.cache.TieredCatalogueCache;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * A change made in Odoo reaches the cache of a second instance of the service. The Liberty server
 * is instance one. Instance two lives in this JVM, built from the supplier module's real cache
 * class: a Caffeine L1, subscribed to the same Redis channel as the server, over the same
 * PostgreSQL mirror (read with plain JDBC where the server reads it with JPA). It leaves out the
 * shared Redis level, whose JSON codec needs a JSON-P implementation that this JVM lacks; a second
 * Liberty would cost a minute of start-up and another set of ports for the same evidence.
 *
 * <p>Instance two's L1 lives ten minutes here, so only the invalidation message can make it drop
 * the old value within the test. (Another server on the same Redis, such as a concurrent build, may
 * send invalidations too; the assertions allow for extra mirror reads.)
 */
class SecondInstanceCacheIT {

  @Test
  void aProductRenamedInOdooIsReadAfreshByTheSecondInstanceOnceTheServiceRefreshed()
      throws Exception {
    String prefix = OdooCatalogue.uniquePrefix();
    int vendor = OdooCatalogue.vendor(prefix + " Works");
    int[] lamp = OdooCatalogue.product(prefix + " Lamp", 15);
    OdooCatalogue.price(vendor, lamp, 19);
    OdooCatalogue.refresh();
    JsonNode found = Api.purchaser().get("/api/products?query=" + prefix).ok();
    CacheEntry<ProductView> entry =
        CacheEntry.product(ProductId.of(found.get("items").get(0).get("id").asText()));
    AtomicInteger mirrorReads = new AtomicInteger();
    CacheSettings settings =
        new CacheSettings(
            Duration.ofMinutes(10),
            1_000,
            Duration.ofHours(1),
            Duration.ofHours(1),
            Duration.ofHours(1),
            Mirror.NAMESPACE);

    try (UnifiedJedis redis = Mirror.redis();
        TieredCatalogueCache two =
            TieredCatalogueCache.localListeningOnRedis(
                settings, redis, Executors.defaultThreadFactory(), new CacheMetrics(null))) {
      String before = two.get(entry, () -> fromMirror(entry, mirrorReads)).orElseThrow().name();
      String cached = two.get(entry, () -> fromMirror(entry, mirrorReads)).orElseThrow().name();
      assertThat(before).isEqualTo(prefix + " Lamp").isEqualTo(cached);
      assertThat(mirrorReads).hasValue(1);
      assertThat(two.metrics().hits(CacheMetrics.L1)).isEqualTo(1);

      OdooCatalogue.simulator()
          .store()
          .write("product.product", lamp[1], Map.of("name", prefix + " Lantern"));
      assertThat(two.get(entry, () -> fromMirror(entry, mirrorReads)).orElseThrow().name())
          .as("Odoo changed, the service does not know yet")
          .isEqualTo(prefix + " Lamp");

      OdooCatalogue.refresh();
      await().atMost(Duration.ofSeconds(10)).until(() -> !two.holdsLocally(entry));
      String after = two.get(entry, () -> fromMirror(entry, mirrorReads)).orElseThrow().name();

      assertThat(after).isEqualTo(prefix + " Lantern");
      assertThat(mirrorReads.get()).isGreaterThanOrEqualTo(2);
      assertThat(two.metrics().misses(CacheMetrics.L1)).isGreaterThanOrEqualTo(2);
      assertThat(Api.purchaser().get("/api/products?query=" + prefix).ok().get("items"))
          .extracting(p -> p.get("name").asText())
          .containsExactly(prefix + " Lantern");
    }
  }

  /** Instance two's level below the caches: the product as the PostgreSQL mirror holds it. */
  private static Optional<ProductView> fromMirror(
      CacheEntry<ProductView> entry, AtomicInteger reads) {
    reads.incrementAndGet();
    try (Connection connection = Mirror.connect();
        PreparedStatement select =
            connection.prepareStatement(
                "select odoo_id, name, default_code, uom, standard_price, list_price,"
                    + " purchase_ok, active, refreshed_at from supplier.product where id = ?")) {
      select.setObject(1, java.util.UUID.fromString(entry.id()));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new ProductView(
                ProductId.of(entry.id()),
                row.getLong("odoo_id"),
                row.getString("name"),
                row.getString("default_code"),
                row.getString("uom"),
                row.getBigDecimal("standard_price"),
                row.getBigDecimal("list_price"),
                row.getBoolean("purchase_ok"),
                row.getBoolean("active"),
                List.of(),
                row.getTimestamp("refreshed_at").toInstant(),
                false));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
