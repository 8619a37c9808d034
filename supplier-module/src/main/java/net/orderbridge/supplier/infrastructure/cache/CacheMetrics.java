package net.orderbridge.supplier.infrastructure.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Hits and misses per cache level: {@code catalogue_cache_hits_total{level="l1"}} and {@code
 * catalogue_cache_misses_total{level="l1"}} for {@code l1}, {@code l2} and {@code l3} (the loader:
 * the mirror, or Odoo behind it). Also counted here, for tests and when no registry is present.
 */
public class CacheMetrics {
  public static final String L1 = "l1";
  public static final String L2 = "l2";
  public static final String L3 = "l3";

  private final MetricRegistry registry;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  /** Counts into the registry too; {@code registry} may be null. */
  public CacheMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  void hit(String level) {
    count("catalogue_cache_hits", level);
  }

  void miss(String level) {
    count("catalogue_cache_misses", level);
  }

  /** How many hits this level had since start. */
  public long hits(String level) {
    return counted("catalogue_cache_hits", level);
  }

  public long misses(String level) {
    return counted("catalogue_cache_misses", level);
  }

  private void count(String name, String level) {
    counts.computeIfAbsent(name + level, k -> new LongAdder()).increment();
    if (registry != null) {
      registry.counter(name, new Tag("level", level)).inc();
    }
  }

  private long counted(String name, String level) {
    LongAdder adder = counts.get(name + level);
    return adder == null ? 0 : adder.sum();
  }
}
