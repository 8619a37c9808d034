package net.orderbridge.supplier.infrastructure.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.supplier.api.CatalogueRecordChanged;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.application.CacheEntry;
import net.orderbridge.supplier.application.FullMirrorRefresh;
import net.orderbridge.supplier.application.MirrorLoader;
import net.orderbridge.supplier.application.MirrorPolicy;
import net.orderbridge.supplier.application.MirrorWriter;
import net.orderbridge.supplier.application.RefreshCatalogue;
import net.orderbridge.supplier.application.SkippedRecordLog;
import net.orderbridge.supplier.application.SourceAccess;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.MirrorFakes;
import net.orderbridge.supplier.fixture.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * Two "instances" (each its own L1 and invalidation subscription) sharing the real Redis at
 * 127.0.0.1:6379 under a random namespace, one mirror (fakes of the repository ports) and one fake
 * Odoo.
 */
class CatalogueOnRedisTest {
  private final String namespace = "t" + UUID.randomUUID().toString().replace("-", "");
  private final FakeOdoo odoo = new FakeOdoo();
  private final MirrorFakes mirror = new MirrorFakes();
  private final MutableClock clock = new MutableClock();
  private final MirrorPolicy policy =
      new MirrorPolicy(Duration.ofHours(1), Duration.ofHours(1), clock);
  private UnifiedJedis redis;
  private Instance first;
  private Instance second;

  /** One application instance: its own cache, the shared mirror, Redis and Odoo. */
  private final class Instance implements AutoCloseable {
    final TieredCatalogueCache cache;
    final Catalogue catalogue;
    final RefreshCatalogue refresh;

    Instance() {
      CacheSettings settings = CacheSettings.defaults(namespace);
      cache =
          new TieredCatalogueCache(
              settings,
              new RedisLevel(redis, namespace),
              new RedisInvalidationBus(redis, settings.channel(), Executors.defaultThreadFactory()),
              new CacheMetrics(null));
      SourceAccess source = SourceAccess.of(odoo);
      MirrorWriter writer =
          new MirrorWriter(mirror.suppliers, mirror.products, mirror.prices, policy, mirror.audit);
      MirrorLoader loader =
          new MirrorLoader(
              mirror.suppliers, mirror.products, mirror.prices, source, writer, policy);
      catalogue = new Catalogue(cache, loader);
      refresh =
          new RefreshCatalogue(
              source,
              new FullMirrorRefresh(
                  mirror.suppliers, mirror.products, mirror.prices, policy, mirror.audit),
              writer,
              loader,
              cache,
              new SkippedRecordLog(null));
    }

    @Override
    public void close() {
      cache.close();
    }
  }

  @BeforeEach
  void start() {
    redis = new JedisPooled(URI.create("redis://127.0.0.1:6379"));
    first = new Instance();
    second = new Instance();
    odoo.suppliers.add(FakeOdoo.vendor(10, "Gemini Furniture"));
  }

  @AfterEach
  void stop() {
    first.close();
    second.close();
    redis.keys(namespace + ":*").forEach(redis::del);
    redis.close();
  }

  @Test
  void aSupplierStaysOutOfRedisAndAnotherInstanceReadsItFromTheMirrorWithoutOdoo() {
    SupplierId id = first.catalogue.supplierByOdooId(10).orElseThrow();
    int odooCalls = odoo.calls.get();

    SupplierView view = first.catalogue.supplier(id).orElseThrow();

    assertThat(view.name()).isEqualTo("Gemini Furniture");
    assertThat(first.cache.holdsLocally(CacheEntry.supplier(id))).isTrue();
    assertThat(redis.get(namespace + ":supplier:" + id))
        .as("a supplier's contact e-mail never goes to Redis")
        .isNull();
    assertThat(redis.keys(namespace + ":*"))
        .as("only ids are shared for a supplier")
        .allMatch(key -> key.startsWith(namespace + ":supplier_id_of_odoo_id:"));

    assertThat(second.catalogue.supplier(id)).contains(view);
    assertThat(second.cache.metrics().hits(CacheMetrics.L2)).isZero();
    assertThat(second.catalogue.supplier(id)).contains(view);
    assertThat(second.cache.metrics().hits(CacheMetrics.L1)).isEqualTo(1);
    assertThat(odoo.calls.get()).isEqualTo(odooCalls);
  }

  @Test
  void aChangeRefreshedOnOneInstanceIsSeenByTheOther() throws Exception {
    SupplierId id = first.catalogue.supplierByOdooId(10).orElseThrow();
    first.catalogue.supplier(id);
    second.catalogue.supplier(id);
    assertThat(second.cache.holdsLocally(CacheEntry.supplier(id))).isTrue();

    odoo.suppliers.set(
        0,
        new SupplierRecord(10, "Gemini Furniture SA", null, null, true, 2, true, clock.instant()));
    first.refresh.refresh(new CatalogueRecordChanged(CatalogueRecordChanged.SUPPLIER, 10));

    awaitTrue(() -> !second.cache.holdsLocally(CacheEntry.supplier(id)));
    assertThat(second.catalogue.supplier(id).orElseThrow().name()).isEqualTo("Gemini Furniture SA");
    assertThat(first.catalogue.supplier(id).orElseThrow().name()).isEqualTo("Gemini Furniture SA");
  }

  @Test
  void withOdooDownAnOldMirrorIsServedStaleWithItsAgeAndNotShared() {
    SupplierId id = first.catalogue.supplierByOdooId(10).orElseThrow();
    var mirroredAt = clock.instant();
    clock.advance(Duration.ofHours(2));
    odoo.down = true;

    SupplierView view = first.catalogue.supplier(id).orElseThrow();

    assertThat(view.stale()).isTrue();
    assertThat(view.refreshedAt()).isEqualTo(mirroredAt);
    assertThat(redis.get(namespace + ":supplier:" + id)).isNull();

    odoo.down = false;
    SupplierView fresh = second.catalogue.supplier(id).orElseThrow();
    assertThat(fresh.stale()).isFalse();
    assertThat(fresh.refreshedAt()).isEqualTo(clock.instant());
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
