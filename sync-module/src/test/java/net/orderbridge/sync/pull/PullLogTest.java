package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.UUID;
import java.util.logging.Level;
import net.orderbridge.sync.fixture.CapturedLog;
import net.orderbridge.sync.log.SyncLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pull's entries of the structured sync log name the operation, the orders and the failure's
 * class, never the values Odoo sent. Also: the pull's beans can be built by CDI for its client
 * proxies without their dependencies (a constructor that used them would fail the deployment).
 */
class PullLogTest {
  private CapturedLog log;

  @BeforeEach
  void listen() {
    log = CapturedLog.of(SyncLog.LOGGER);
  }

  @AfterEach
  void stopListening() {
    log.close();
  }

  @Test
  void anImportNamesTheOdooOrderAndTheLocalOne() {
    UUID orderId = UUID.randomUUID();

    PullLog.imported(orderId, 77);

    assertThat(log.records())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLevel()).isEqualTo(Level.INFO);
              assertThat(r.getMessage())
                  .startsWith("Imported Odoo order 77 as " + orderId)
                  .contains("operation=pull.import", "entityType=purchase-order");
            });
  }

  @Test
  void aParkedPullNamesTheFailuresClassWhenItIsNoOdooError() {
    PullLog.parked(
        42,
        new IllegalStateException("Secret note"),
        "purchase.order 42: IllegalStateException",
        3);

    assertThat(log.records())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLevel()).isEqualTo(Level.WARNING);
              assertThat(r.getMessage())
                  .contains(
                      "Pull of Odoo purchase.order 42: IllegalStateException; parked (attempt 3)",
                      "errorType=IllegalStateException",
                      "status=PARKED")
                  .doesNotContain("Secret note");
            });
  }

  @Test
  void theBeansCanBeBuiltForTheirClientProxies() {
    assertThatCode(
            () -> {
              new SnapshotAfterPush();
              new LocalChanges();
              new PulledOrders();
              new PullOneOrder();
              new PullPurchaseOrders();
            })
        .doesNotThrowAnyException();
  }
}
