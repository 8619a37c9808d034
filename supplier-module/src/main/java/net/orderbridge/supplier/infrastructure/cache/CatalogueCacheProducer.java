package net.orderbridge.supplier.infrastructure.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.orderbridge.supplier.application.CatalogueCache;
import net.orderbridge.supplier.application.MirrorPolicy;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import redis.clients.jedis.UnifiedJedis;

/**
 * Builds the cache hierarchy from MicroProfile Config at start-up: L2 and Redis pub/sub when {@code
 * REDIS_URL} is set (e.g. {@code redis://127.0.0.1:6379}, {@code rediss://:password@host:6380}: see
 * {@link RedisEndpoint}), PostgreSQL {@code LISTEN/NOTIFY} on {@code jdbc/orderbridgeMigrations}
 * otherwise. Durations are ISO-8601 ({@code PT60S}).
 */
@ApplicationScoped
public class CatalogueCacheProducer {
  private static final Logger LOG = Logger.getLogger(CatalogueCacheProducer.class.getName());

  @Inject Config config;
  @Inject MetricRegistry metrics;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory managedThreads;

  @Resource(lookup = "jdbc/orderbridgeMigrations")
  DataSource nonTransactional;

  private TieredCatalogueCache cache;
  private UnifiedJedis redis;

  void onStart(@Observes Startup started) {
    cache();
  }

  @Produces
  @ApplicationScoped
  CatalogueCache catalogueCache() {
    return cache();
  }

  @Produces
  MirrorPolicy mirrorPolicy() {
    return new MirrorPolicy(
        duration("catalogue.mirror.ttl.suppliers", Duration.ofHours(24)),
        duration("catalogue.mirror.ttl.products", Duration.ofHours(6)),
        Clock.systemUTC());
  }

  private synchronized TieredCatalogueCache cache() {
    if (cache == null) {
      CacheSettings settings = settings();
      ThreadFactory threads =
          managedThreads != null ? managedThreads : Executors.defaultThreadFactory();
      var redisUrl = config.getOptionalValue("REDIS_URL", String.class).filter(u -> !u.isBlank());
      if (redisUrl.isPresent()) {
        redis = RedisEndpoint.connect(redisUrl.get());
        cache = TieredCatalogueCache.onRedis(settings, redis, threads, new CacheMetrics(metrics));
        LOG.info(
            "Catalogue cache: L1 + Redis L2 at "
                + RedisEndpoint.describe(redisUrl.get())
                + ", invalidations over Redis pub/sub");
      } else {
        cache =
            new TieredCatalogueCache(
                settings, null, postgresBus(settings, threads), new CacheMetrics(metrics));
      }
    }
    return cache;
  }

  private InvalidationBus postgresBus(CacheSettings settings, ThreadFactory threads) {
    try {
      InvalidationBus bus =
          new PostgresInvalidationBus(nonTransactional, settings.channel(), threads);
      LOG.info("Catalogue cache: L1 only (no REDIS_URL), invalidations over PostgreSQL NOTIFY");
      return bus;
    } catch (RuntimeException | LinkageError unusable) {
      LOG.log(
          Level.SEVERE,
          "Catalogue cache: no invalidations between instances (PostgreSQL LISTEN unusable)",
          unusable);
      return InvalidationBus.localOnly();
    }
  }

  private CacheSettings settings() {
    CacheSettings defaults = CacheSettings.defaults("orderbridge_catalogue");
    return new CacheSettings(
        duration("catalogue.l1.ttl", defaults.l1Ttl()),
        config.getOptionalValue("catalogue.l1.max-size", Long.class).orElse(defaults.l1MaxSize()),
        duration("catalogue.l2.ttl.suppliers", defaults.l2SupplierTtl()),
        duration("catalogue.l2.ttl.products", defaults.l2ProductTtl()),
        duration("catalogue.l2.ttl.ids", defaults.l2IdTtl()),
        config.getOptionalValue("catalogue.namespace", String.class).orElse(defaults.namespace()));
  }

  private Duration duration(String key, Duration fallback) {
    return config.getOptionalValue(key, Duration.class).orElse(fallback);
  }

  @PreDestroy
  synchronized void close() {
    if (cache != null) {
      cache.close();
    }
    if (redis != null) {
      redis.close();
    }
  }
}
