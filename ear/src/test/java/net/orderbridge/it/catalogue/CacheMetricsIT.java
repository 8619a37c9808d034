package net.orderbridge.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.orderbridge.it.Api;
import org.junit.jupiter.api.Test;

/** Hits and misses of each cache level, as a scraper reads them from {@code /metrics}. */
class CacheMetricsIT {

  @Test
  void readsOfACachedSupplierCountAsLevelOneHits() {
    String prefix = OdooCatalogue.uniquePrefix();
    OdooCatalogue.vendor(prefix + " Mill");
    OdooCatalogue.refresh();
    String id =
        Api.purchaser()
            .get("/api/suppliers?query=" + prefix)
            .ok()
            .get("items")
            .get(0)
            .get("id")
            .asText();
    double before = counter("catalogue_cache_hits_total", "l1");

    for (int i = 0; i < 3; i++) {
      Api.purchaser().get("/api/suppliers/" + id).ok();
    }

    assertThat(counter("catalogue_cache_hits_total", "l1")).isGreaterThanOrEqualTo(before + 3);
  }

  @Test
  void aSupplierNoLevelHoldsCountsAsAMissOnEveryLevelItPasses() {
    // suppliers never go to Redis (l2): their views carry contact data, which stays out of it
    double l1 = counter("catalogue_cache_misses_total", "l1");
    double l3 = counter("catalogue_cache_misses_total", "l3");

    Api.purchaser().get("/api/suppliers/" + UUID.randomUUID()).isProblem(404, null);

    assertThat(counter("catalogue_cache_misses_total", "l1")).isGreaterThanOrEqualTo(l1 + 1);
    assertThat(counter("catalogue_cache_misses_total", "l3")).isGreaterThanOrEqualTo(l3 + 1);
  }

  private static double counter(String name, String level) {
    return Api.counter(name, "level", level);
  }
}
