package net.orderbridge.container;

import static net.orderbridge.container.InContainer.anOrder;
import static net.orderbridge.container.InContainer.countCommitted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.OrderState;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges;
import net.orderbridge.purchaseorder.application.PurchaseOrderService;
import net.orderbridge.shared.event.PurchaseOrderChangedInOdoo;
import net.orderbridge.shared.event.PurchaseOrderPlaced;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order events are fired in the purchase-order module (a jar of the EAR's lib) and observed in the
 * sync-module (the EJB jar: the outbox writer) and in a WAR (the test's {@link ObservedEvents}). A
 * change that came from Odoo raises its own event, which never reaches the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class CrossModuleEventsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return OrderBridgeDeployment.withTests(CrossModuleEventsIT.class);
  }

  @Inject PurchaseOrderService purchaseOrders;
  @Inject RemoteOrderChanges remoteChanges;
  @Inject ObservedEvents observed;

  @Test
  void aPlacedOrderReachesTheSyncModulesOutboxAndAWarsObserver() {
    UUID id = purchaseOrders.place(anOrder()).id().value();

    assertThat(outbox(id, "PLACED")).as("PLACED rows the sync-module wrote").isEqualTo(1);
    assertThat(observed.of(id)).containsExactly(PurchaseOrderPlaced.class);
  }

  @Test
  void aChangeFromOdooIsObservedButNeverWrittenToTheOutbox() {
    UUID id = purchaseOrders.place(anOrder()).id().value();

    boolean changed = remoteChanges.applyState(id, OrderState.PURCHASE, false);

    assertThat(changed).as("Odoo's state applied").isTrue();
    assertThat(
            countCommitted(
                "select count(*) from purchase_order.purchase_order where id = ? and state ="
                    + " 'PURCHASE'",
                id))
        .as("the order in Odoo's state")
        .isEqualTo(1);
    assertThat(observed.of(id))
        .containsExactly(PurchaseOrderPlaced.class, PurchaseOrderChangedInOdoo.class);
    assertThat(InContainer.outboxRows(id)).as("outbox rows: the placement's only").isEqualTo(1);
  }

  private static long outbox(UUID id, String kind) {
    return countCommitted(
        "select count(*) from sync.outbox_message where order_id = ? and kind = '" + kind + "'",
        id);
  }
}
