package net.orderbridge.supplier.application;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caches in front of the mirror: a port that {@code infrastructure.cache} implements with an
 * in-process level (L1), an optional shared Redis level (L2) and invalidation messages between
 * instances. The mirror (L3) and Odoo are behind the {@code loader} a reader passes in.
 *
 * <p>Empty results are not cached. Values that say they are stale (Odoo unreachable) stay in L1
 * only, so that another instance or a later read tries Odoo again.
 */
public interface CatalogueCache {

  /** The cached value, or what {@code loader} finds (then stored in the levels above it). */
  <V> Optional<V> get(CacheEntry<V> entry, Supplier<Optional<V>> loader);

  /**
   * Write-through of fresh values: stores them in every level and tells every other instance to
   * drop its L1 copies.
   */
  void putAll(Collection<Cached<?>> values);

  /** Drops the entry from every level, here and in every other instance. */
  void evict(CacheEntry<?> entry);

  /** A value together with its address. */
  record Cached<V>(CacheEntry<V> entry, V value) {}
}
