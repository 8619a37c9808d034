package net.orderbridge.container;

import static net.orderbridge.container.InContainer.anOrder;
import static net.orderbridge.container.InContainer.orders;
import static net.orderbridge.container.InContainer.outboxRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import net.orderbridge.purchaseorder.application.PurchaseOrderService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sync-module's outbox writer observes order events {@code during = IN_PROGRESS}: the outbox
 * row is written inside the transaction that changes the order, and commits or rolls back with it.
 * Each test drives the purchase-order use case inside a transaction of its own.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxTransactionPhaseIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return OrderBridgeDeployment.withTests(OutboxTransactionPhaseIT.class);
  }

  @Inject PurchaseOrderService purchaseOrders;

  @Test
  void theOutboxRowIsWrittenInsideThePlacingTransactionAndCommitsWithTheOrder() throws Exception {
    UserTransaction transaction = InContainer.transaction();
    UUID id = placeIn(transaction);
    long inTransaction =
        InContainer.countInTransaction(
            "select count(*) from sync.outbox_message where order_id = ? and kind = 'PLACED'", id);
    long committedSoFar = outboxRows(id);
    transaction.commit();

    assertThat(inTransaction).as("outbox rows seen inside the placing transaction").isEqualTo(1);
    assertThat(committedSoFar).as("outbox rows seen by others before the commit").isZero();
    assertThat(orders(id)).as("orders after the commit").isEqualTo(1);
    assertThat(outboxRows(id)).as("outbox rows after the commit").isEqualTo(1);
  }

  @Test
  void aRolledBackPlacementLeavesNeitherOrderNorOutboxRow() throws Exception {
    UserTransaction transaction = InContainer.transaction();
    UUID id = placeIn(transaction);
    transaction.rollback();

    assertNothingLeftOf(id);
  }

  @Test
  void aPlacementMarkedRollbackOnlyLeavesNeitherOrderNorOutboxRow() throws Exception {
    UserTransaction transaction = InContainer.transaction();
    UUID id = placeIn(transaction);
    transaction.setRollbackOnly();

    assertThatThrownBy(transaction::commit).isInstanceOf(RollbackException.class);
    assertNothingLeftOf(id);
  }

  /** Begins the transaction and places an order in it. */
  private UUID placeIn(UserTransaction transaction) throws Exception {
    transaction.begin();
    return purchaseOrders.place(anOrder()).id().value();
  }

  private static void assertNothingLeftOf(UUID id) {
    assertThat(orders(id)).as("orders after the rollback").isZero();
    assertThat(outboxRows(id)).as("outbox rows after the rollback").isZero();
  }
}
