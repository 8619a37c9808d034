package net.orderbridge.supplier.infrastructure.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.supplier.application.CacheEntry;
import net.orderbridge.supplier.application.CatalogueCache;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link CatalogueCache} of one instance: reads go L1 → L2 (when Redis is on) → loader and fill
 * the levels above on the way back. Writes and evictions publish the key on the {@link
 * InvalidationBus}; every other instance then drops it from its L1 (L2 is already up to date).
 * Messages are {@code <origin>|<key>}, so an instance ignores its own; {@code *} drops all of L1.
 */
public final class TieredCatalogueCache implements CatalogueCache, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(TieredCatalogueCache.class.getName());
  private static final String EVERYTHING = "*";
  private static final int MAX_KEYS_PER_BROADCAST = 50;

  private final String origin = UUID.randomUUID().toString();
  private final Cache<String, Object> l1;
  private final RedisLevel l2;
  private final InvalidationBus bus;
  private final CacheMetrics metrics;
  private final CacheSettings settings;

  /** A cache without L2 when {@code l2} is null; subscribes to {@code bus} before returning. */
  TieredCatalogueCache(
      CacheSettings settings, RedisLevel l2, InvalidationBus bus, CacheMetrics metrics) {
    this.settings = settings;
    this.l1 =
        Caffeine.newBuilder()
            .maximumSize(settings.l1MaxSize())
            .expireAfterWrite(settings.l1Ttl())
            .build();
    this.l2 = l2;
    this.bus = bus;
    this.metrics = metrics;
    bus.subscribe(this::onMessage);
  }

  /** L1, Redis as L2, and invalidations over Redis pub/sub: an instance of a cluster on Redis. */
  public static TieredCatalogueCache onRedis(
      CacheSettings settings, UnifiedJedis redis, ThreadFactory threads, CacheMetrics metrics) {
    return new TieredCatalogueCache(
        settings,
        new RedisLevel(redis, settings.namespace()),
        new RedisInvalidationBus(redis, settings.channel(), threads),
        metrics);
  }

  /**
   * L1 only, but hearing (and sending) invalidations over Redis pub/sub: an instance that shares
   * the other instances' channel without using their shared level.
   */
  public static TieredCatalogueCache localListeningOnRedis(
      CacheSettings settings, UnifiedJedis redis, ThreadFactory threads, CacheMetrics metrics) {
    return new TieredCatalogueCache(
        settings, null, new RedisInvalidationBus(redis, settings.channel(), threads), metrics);
  }

  /** L1 only, alone: one instance, no messages (tools and benchmarks). */
  public static TieredCatalogueCache local(CacheSettings settings, CacheMetrics metrics) {
    return new TieredCatalogueCache(settings, null, InvalidationBus.localOnly(), metrics);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> Optional<V> get(CacheEntry<V> entry, Supplier<Optional<V>> loader) {
    String key = entry.key();
    Object local = l1.getIfPresent(key);
    if (local != null) {
      metrics.hit(CacheMetrics.L1);
      return Optional.of((V) local);
    }
    metrics.miss(CacheMetrics.L1);
    Optional<V> shared = fromL2(entry);
    if (shared.isPresent()) {
      l1.put(key, shared.get());
      return shared;
    }
    Optional<V> loaded = loader.get();
    if (loaded.isPresent()) {
      metrics.hit(CacheMetrics.L3);
      store(entry, loaded.get());
    } else {
      metrics.miss(CacheMetrics.L3);
    }
    return loaded;
  }

  @Override
  public void putAll(Collection<Cached<?>> values) {
    values.forEach(cached -> store(cached.entry(), cached.value()));
    if (values.size() > MAX_KEYS_PER_BROADCAST) {
      publish(EVERYTHING);
    } else {
      values.forEach(cached -> publish(cached.entry().key()));
    }
  }

  @Override
  public void evict(CacheEntry<?> entry) {
    l1.invalidate(entry.key());
    if (l2 != null) {
      l2.delete(entry.key());
    }
    publish(entry.key());
  }

  /** Entries in L1 now (for tests and diagnostics). */
  public boolean holdsLocally(CacheEntry<?> entry) {
    return l1.getIfPresent(entry.key()) != null;
  }

  public CacheMetrics metrics() {
    return metrics;
  }

  @SuppressWarnings("unchecked")
  private <V> Optional<V> fromL2(CacheEntry<V> entry) {
    if (l2 == null || !ViewCodec.sharedKind(entry.kind())) {
      return Optional.empty();
    }
    Optional<String> text = l2.get(entry.key());
    if (text.isPresent()) {
      try {
        V value = (V) ViewCodec.decode(entry.kind(), text.get());
        metrics.hit(CacheMetrics.L2);
        return Optional.of(value);
      } catch (RuntimeException unreadable) {
        LOG.log(Level.WARNING, "Unreadable L2 value of " + entry.key() + ", reloading", unreadable);
      }
    }
    metrics.miss(CacheMetrics.L2);
    return Optional.empty();
  }

  private void store(CacheEntry<?> entry, Object value) {
    l1.put(entry.key(), value);
    if (l2 != null && ViewCodec.shareable(value)) {
      l2.put(entry.key(), ViewCodec.encode(value), settings.l2Ttl(entry.kind()));
    }
  }

  private void publish(String key) {
    try {
      bus.publish(origin + "|" + key);
    } catch (RuntimeException lost) {
      LOG.log(Level.WARNING, "Could not tell other instances to drop " + key, lost);
    }
  }

  private void onMessage(String message) {
    int bar = message.indexOf('|');
    if (bar < 0 || message.substring(0, bar).equals(origin)) {
      return;
    }
    String key = message.substring(bar + 1);
    if (EVERYTHING.equals(key)) {
      l1.invalidateAll();
    } else {
      l1.invalidate(key);
    }
  }

  @Override
  public void close() {
    bus.close();
  }
}
