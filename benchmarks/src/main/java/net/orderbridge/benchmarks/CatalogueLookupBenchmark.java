package net.orderbridge.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceView;
import net.orderbridge.supplier.application.CacheEntry;
import net.orderbridge.supplier.application.CatalogueCache.Cached;
import net.orderbridge.supplier.infrastructure.cache.CacheMetrics;
import net.orderbridge.supplier.infrastructure.cache.CacheSettings;
import net.orderbridge.supplier.infrastructure.cache.TieredCatalogueCache;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an L1 hit of {@link Catalogue#product} costs, against the real {@link TieredCatalogueCache}
 * (Caffeine, hit counting, no Redis, no invalidation channel), side by side with the bare maps it
 * is built on. 10,000 products with two supplier prices each are cached; every call looks up a
 * random one. The loader behind the cache is never reached (it would throw).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogueLookupBenchmark {
  private static final int PRODUCTS = 10_000;

  private final ProductId[] ids = new ProductId[PRODUCTS];
  private final String[] keys = new String[PRODUCTS];
  private TieredCatalogueCache cache;
  private Catalogue catalogue;
  private Cache<String, Object> caffeine;
  private ConcurrentHashMap<String, Object> map;

  @Setup
  public void fill() {
    cache = TieredCatalogueCache.local(CacheSettings.defaults("benchmark"), new CacheMetrics(null));
    catalogue = new Catalogue(cache, null);
    caffeine = Caffeine.newBuilder().maximumSize(PRODUCTS).build();
    map = new ConcurrentHashMap<>();
    SupplierId supplier = SupplierId.random();
    for (int i = 0; i < PRODUCTS; i++) {
      ProductView view = product(ProductId.random(), i, supplier);
      ids[i] = view.id();
      keys[i] = CacheEntry.product(view.id()).key();
      cache.putAll(List.of(new Cached<>(CacheEntry.product(view.id()), view)));
      caffeine.put(keys[i], view);
      map.put(keys[i], view);
    }
  }

  @TearDown
  public void close() {
    cache.close();
  }

  private static int next() {
    return ThreadLocalRandom.current().nextInt(PRODUCTS);
  }

  /** The order context's call: {@code Catalogue.product(id)}, an L1 hit. */
  @Benchmark
  public Optional<ProductView> catalogueProduct() {
    return catalogue.product(ids[next()]);
  }

  /** The same lookup, then the supplier's price for a quantity, as each order line does. */
  @Benchmark
  public Optional<Money> cataloguePrice() {
    ProductView view = catalogue.product(ids[next()]).orElseThrow();
    return view.priceFor(view.prices().get(0).supplier(), Quantity.of("3"));
  }

  /** Baseline: Caffeine alone, with the key already built. */
  @Benchmark
  public Object caffeineGet() {
    return caffeine.getIfPresent(keys[next()]);
  }

  /** Baseline: a plain map, with the key already built. */
  @Benchmark
  public Object concurrentHashMapGet() {
    return map.get(keys[next()]);
  }

  private static ProductView product(ProductId id, long odooId, SupplierId supplier) {
    Money price = new Money(new BigDecimal("12.50"), CurrencyCode.of("USD"));
    return new ProductView(
        id,
        odooId + 1,
        "Product " + odooId,
        "REF" + odooId,
        "Units",
        BigDecimal.TEN,
        BigDecimal.TEN,
        true,
        true,
        List.of(
            new SupplierPriceView(odooId, supplier, Quantity.of("1"), price, 3, null, true),
            new SupplierPriceView(odooId + 1, supplier, Quantity.of("10"), price, 3, null, true)),
        Instant.now(),
        false);
  }
}
