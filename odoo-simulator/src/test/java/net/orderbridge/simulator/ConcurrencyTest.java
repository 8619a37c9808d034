package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {
  @RegisterExtension final OdooSimulatorExtension odoo = new OdooSimulatorExtension();

  @Test
  void concurrentReadsAndCreatesKeepEveryOrderAndNumberUnique() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Object>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      results.add(
          pool.submit(
              () -> {
                Rpc rpc = new Rpc(odoo.simulator(), "admin");
                for (int i = 0; i < 25; i++) {
                  if (thread % 2 == 0) {
                    rpc.execute(
                        "purchase.order",
                        "create",
                        Map.of(
                            "partner_id",
                            10,
                            "order_line",
                            List.of(List.of(0, 0, Map.of("product_id", 5, "product_qty", 1)))));
                  } else {
                    rpc.execute(
                        "purchase.order",
                        "search_read",
                        List.of(List.of(List.of("state", "=", "draft"))),
                        Map.of("fields", List.of("name", "amount_total")));
                  }
                }
                return null;
              }));
    }
    for (Future<Object> f : results) {
      f.get();
    }
    pool.shutdown();
    List<Map<String, Object>> orders =
        odoo.simulator().store().searchRead("purchase.order", List.of(), List.of("name"));
    assertThat(orders).hasSize(10 + 4 * 25);
    assertThat(orders.stream().map(o -> o.get("name")).distinct().count()).isEqualTo(110);
  }
}
