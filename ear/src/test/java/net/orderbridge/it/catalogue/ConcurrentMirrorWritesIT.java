package net.orderbridge.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writers of the catalogue mirror that run at the same moment converge, on the real server,
 * database and simulator: several operators refreshing the catalogue at once while Odoo holds
 * vendors and products the mirror has never seen all get their report, never a 500 with a duplicate
 * key on {@code supplier_odoo_id_unique} or {@code product_odoo_id_unique}, and every new record is
 * mirrored once.
 */
class ConcurrentMirrorWritesIT {
  private static final int ROUNDS = 3;
  private static final int WRITERS = 4;
  private static final int NEW_RECORDS = 8;

  @BeforeAll
  static void applicationIsUp() {
    SyncFixture.supplier();
  }

  @Test
  void refreshesRunningAtTheSameMomentConvergeOnNewRecords() throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String prefix = OdooCatalogue.uniquePrefix();
        for (int i = 0; i < NEW_RECORDS; i++) {
          int vendor = OdooCatalogue.vendor(prefix + " Vendor " + i);
          OdooCatalogue.price(vendor, OdooCatalogue.product(prefix + " Item " + i, 3 + i), 5 + i);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          replies.add(
              writers.submit(
                  () -> {
                    start.await();
                    return Api.operator().post("/api/suppliers/refresh", "{}");
                  }));
        }
        start.countDown();
        for (Future<Api.Reply> reply : replies) {
          Api.Reply refreshed = reply.get(5, TimeUnit.MINUTES);
          assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        }
        JsonNode products = Api.purchaser().get("/api/products?size=100&query=" + prefix).ok();
        JsonNode suppliers = Api.purchaser().get("/api/suppliers?size=100&query=" + prefix).ok();
        assertThat(products.get("total").asInt()).isEqualTo(NEW_RECORDS);
        assertThat(suppliers.get("total").asInt()).isEqualTo(NEW_RECORDS);
        products.get("items").forEach(p -> assertThat(p.get("prices").size()).isEqualTo(1));
      }
    } finally {
      writers.shutdownNow();
    }
  }
}
