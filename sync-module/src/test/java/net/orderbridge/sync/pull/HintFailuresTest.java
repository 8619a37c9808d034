package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrders;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import org.junit.jupiter.api.Test;

/** A hint is a failure scope of its own: its failures are counted against it, then it is parked. */
class HintFailuresTest {
  private final List<String> failures = new ArrayList<>();
  private final List<Long> processed = new ArrayList<>();
  private RuntimeException odooFails;

  private PullPurchaseOrders pull() {
    OdooDatabaseGuard odooDatabase =
        new OdooDatabaseGuard() {
          @Override
          public void requireSameDatabase() {}
        };
    OdooPurchaseOrders odoo =
        new OdooPurchaseOrders() {
          @Override
          public List<RemoteOrder> findOrdersModifiedSince(
              Instant since, Instant afterWriteDate, long afterId, int limit) {
            return List.of();
          }

          @Override
          public Optional<RemoteOrder> find(long odooId) {
            throw odooFails;
          }

          @Override
          public List<RemoteOrder> find(List<Long> odooIds) {
            throw odooFails;
          }

          @Override
          public Set<Long> existing(List<Long> odooIds) {
            throw odooFails;
          }
        };
    PurchaseOrderHints hints =
        (PurchaseOrderHints)
            Proxy.newProxyInstance(
                PurchaseOrderHints.class.getClassLoader(),
                new Class<?>[] {PurchaseOrderHints.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "waiting" -> List.of(99999999999L, 7L);
                      case "failed" -> {
                        failures.add((Long) args[0] + " " + args[1]);
                        yield failures.size() >= (Integer) args[2];
                      }
                      case "processed" -> processed.add((Long) args[0]);
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    PullMetrics metrics =
        new PullMetrics() {
          @Override
          void hintFailed(boolean parked) {}
        };
    return new PullPurchaseOrders(
        odoo, null, null, hints, null, metrics, null, null, null, odooDatabase, null);
  }

  @Test
  void aHintOdooCannotBeAskedAboutCountsAnAttemptAndTheOthersGoOn() {
    odooFails = new OdooMappingException(null, "integer out of XML-RPC range: 99999999999");
    PullPurchaseOrders pull = pull();

    int done = pull.processPendingHints(true);

    assertThat(done).isZero();
    assertThat(failures)
        .as("both hints tried, each failure counted with its reason")
        .containsExactly(
            "99999999999 purchase.order 99999999999: OdooMappingException: integer out of XML-RPC"
                + " range: 99999999999",
            "7 purchase.order 7: OdooMappingException: integer out of XML-RPC range: 99999999999");
    assertThat(processed).isEmpty();
  }

  @Test
  void odooOutOfReachIsNoHintsFaultAndCountsNothing() {
    odooFails =
        new OdooUnavailableException(
            OdooUnavailableException.Outcome.NOT_SENT, null, "connection refused", null);
    PullPurchaseOrders pull = pull();

    assertThatThrownBy(() -> pull.processHint(42, true)).isSameAs(odooFails);
    assertThat(failures).isEmpty();
  }
}
