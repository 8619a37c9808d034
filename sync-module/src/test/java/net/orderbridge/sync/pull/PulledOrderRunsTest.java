package net.orderbridge.sync.pull;

import static net.orderbridge.sync.pull.PullRig.NOW;
import static net.orderbridge.sync.pull.PullRig.PUSHED;
import static net.orderbridge.sync.pull.PullRig.remote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.sync.fixture.CapturedLog;
import net.orderbridge.sync.log.SyncLog;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders read from Odoo applied through the real {@link PulledOrders}: versions judged already are
 * passed by without a transaction, the others are applied in runs of one transaction each, one by
 * one when a run fails, and an order at fault is parked with its reason and a backoff. A
 * transaction is one entry in the audit's origins. The in-memory ports do not roll back, so an
 * order meant to fail its run comes first in it.
 */
class PulledOrderRunsTest {
  private static final Instant T1 = PUSHED.plusSeconds(60);
  private static final Instant T2 = PUSHED.plusSeconds(120);

  private final PullRig rig = new PullRig();
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
  void aRunOfOrdersIsAppliedInOneTransaction() {
    List<UUID> local = List.of(rig.boundOrder(1), rig.boundOrder(2), rig.boundOrder(3));

    List<Optional<PullOneOrder.Outcome>> outcomes =
        rig.pulledOrders().apply(List.of(edited(1), edited(2), edited(3)));

    assertThat(outcomes).containsOnly(Optional.of(PullOneOrder.Outcome.APPLIED));
    assertThat(rig.audit.origins).containsExactly(PullOneOrder.BY_PULL);
    local.forEach(id -> assertThat(rig.bases.snapshots.get(id).get("notes")).isEqualTo("Edit"));
  }

  @Test
  void anOrderAtFaultIsParkedWithItsReasonAndTheOthersOfItsRunAreApplied() {
    unmappable(1);
    UUID second = rig.boundOrder(2);
    UUID third = rig.boundOrder(3);

    List<Optional<PullOneOrder.Outcome>> outcomes =
        rig.pulledOrders().apply(List.of(edited(1), edited(2), edited(3)));

    assertThat(outcomes)
        .containsExactly(
            Optional.empty(),
            Optional.of(PullOneOrder.Outcome.APPLIED),
            Optional.of(PullOneOrder.Outcome.APPLIED));
    assertThat(rig.audit.origins).as("the run, then each order alone").hasSize(4);
    assertThat(rig.bases.snapshots.get(second).get("notes")).isEqualTo("Edit");
    assertThat(rig.bases.snapshots.get(third).get("notes")).isEqualTo("Edit");
    PullFailures.ParkedPull parked = rig.failures.byOdooId.get(1L);
    assertThat(parked.attempts()).isEqualTo(1);
    assertThat(parked.writeDate()).isEqualTo(T1);
    assertThat(parked.reason()).startsWith("purchase.order 1: OdooMappingException: product ");
    assertThat(parked.nextAttemptAt())
        .as("one poll interval (30 s) after the first failure, with jitter down to its half")
        .isBetween(NOW.plusSeconds(15), NOW.plusSeconds(30));
    assertThat(rig.counters.count("sync.pull.parked")).isEqualTo(1);
    assertThat(rig.counters.count("sync.pull.failures")).isEqualTo(1);
    assertThat(
            rig.counters.count(
                "sync.errors",
                new Tag("direction", "pull"),
                new Tag("operation", "apply"),
                new Tag("errorType", "PERMANENT")))
        .isEqualTo(1);
    assertThat(log.messages())
        .filteredOn(m -> m.contains("PARKED"))
        .singleElement()
        .asString()
        .contains("Pull of Odoo purchase.order 1", "attempt 1", "PERMANENT");
  }

  @Test
  void failingAgainCountsAnAttemptAndDoublesTheWait() {
    unmappable(1);
    Instant firstFailure = NOW.minusSeconds(600);
    rig.clock.now = firstFailure;
    rig.failures.park(1, T1, "purchase.order 1: earlier", 1, NOW.minusSeconds(1));
    rig.clock.now = NOW;

    assertThat(rig.pulledOrders().apply(List.of(edited(1)))).containsExactly(Optional.empty());

    PullFailures.ParkedPull parked = rig.failures.byOdooId.get(1L);
    assertThat(parked.attempts()).isEqualTo(2);
    assertThat(parked.firstFailedAt()).isEqualTo(firstFailure);
    assertThat(parked.nextAttemptAt()).isBetween(NOW.plusSeconds(30), NOW.plusSeconds(60));
    assertThat(rig.counters.count("sync.pull.parked")).as("parked once, not anew").isZero();
    assertThat(rig.counters.count("sync.pull.failures")).isEqualTo(1);
  }

  @Test
  void aParkedVersionWhoseRetryIsNotDueIsLeftToTheRetry() {
    UUID orderId = rig.boundOrder(1);
    rig.failures.park(1, T1, "purchase.order 1: earlier", 1, NOW.plusSeconds(60));

    assertThat(rig.pulledOrders().apply(List.of(edited(1)))).containsExactly(Optional.empty());

    assertThat(rig.audit.origins).isEmpty();
    assertThat(rig.bases.snapshots.get(orderId)).isEqualTo(PullRig.agreed());
    assertThat(rig.failures.byOdooId).containsKey(1L);
  }

  @Test
  void aParkedOrderWhoseRetryIsDueOrThatChangedAgainIsAppliedAndLeavesTheParking() {
    rig.boundOrder(1);
    rig.boundOrder(2);
    rig.failures.park(1, T1, "purchase.order 1: earlier", 1, NOW.minusSeconds(1));
    rig.failures.park(2, T1, "purchase.order 2: earlier", 3, NOW.plusSeconds(600));

    List<Optional<PullOneOrder.Outcome>> outcomes =
        rig.pulledOrders().apply(List.of(edited(1), remote(2, T2, "Newer in Odoo", "draft")));

    assertThat(outcomes).containsOnly(Optional.of(PullOneOrder.Outcome.APPLIED));
    assertThat(rig.failures.byOdooId).isEmpty();
  }

  @Test
  void versionsJudgedAlreadyArePassedByWithoutATransaction() {
    RemoteOrder echo = edited(1);
    RemoteOrder leftOut = remote(2, T1, "Made in Odoo", "draft");
    rig.versions.remember(PulledVersions.Version.judged(echo, PullOneOrder.Outcome.UNCHANGED));
    rig.versions.remember(
        PulledVersions.Version.leftOut(
            leftOut, PulledVersions.SkipReason.UNKNOWN_SUPPLIER, ImportMode.ALL));

    List<Optional<PullOneOrder.Outcome>> outcomes =
        rig.pulledOrders().apply(List.of(echo, leftOut));

    assertThat(outcomes)
        .containsExactly(
            Optional.of(PullOneOrder.Outcome.UNCHANGED), Optional.of(PullOneOrder.Outcome.SKIPPED));
    assertThat(rig.audit.origins).isEmpty();
    assertThat(rig.importsAsked).isEmpty();
    assertThat(rig.counters.count("sync.pull.orders", new Tag("outcome", "SKIPPED"))).isEqualTo(1);
  }

  @Test
  void anOrderLeftOutUnderAnotherImportModeOrABrokenOneIsJudgedAgain() {
    RemoteOrder leftOut = remote(2, T1, "Made in Odoo", "draft");
    rig.versions.remember(
        PulledVersions.Version.leftOut(
            leftOut, PulledVersions.SkipReason.MODE_NONE, ImportMode.NONE));

    rig.pulledOrders().apply(List.of(leftOut));
    rig.importMode = "sometimes";
    rig.pulledOrders().apply(List.of(leftOut));

    assertThat(rig.importsAsked).containsExactly(2L, 2L);
  }

  @Test
  void aPageIsSplitIntoRunsOfAtLeastTenOnTheConfiguredThreads() {
    rig.threads = 4;
    List<RemoteOrder> page = new ArrayList<>();
    for (long id = 1; id <= 25; id++) {
      rig.boundOrder(id);
      page.add(edited(id));
    }

    List<Optional<PullOneOrder.Outcome>> outcomes = rig.pulledOrders().apply(page);

    assertThat(outcomes).hasSize(25).containsOnly(Optional.of(PullOneOrder.Outcome.APPLIED));
    assertThat(rig.submittedRuns).as("two runs of 13 and 12: one handed off").hasSize(1);
    assertThat(rig.audit.origins).as("a transaction per run").hasSize(2);
  }

  @Test
  void aRunTheExecutorRefusesIsAppliedOnTheCallersThread() {
    rig.threads = 2;
    rig.executorStopping = true;
    List<RemoteOrder> page = new ArrayList<>();
    for (long id = 1; id <= 20; id++) {
      rig.boundOrder(id);
      page.add(edited(id));
    }

    List<Optional<PullOneOrder.Outcome>> outcomes = rig.pulledOrders().apply(page);

    assertThat(outcomes).hasSize(20).containsOnly(Optional.of(PullOneOrder.Outcome.APPLIED));
    assertThat(rig.submittedRuns).isEmpty();
    assertThat(rig.audit.origins).hasSize(2);
  }

  @Test
  void aPollInterruptedWhileWaitingForARunFailsAndKeepsTheInterrupt() {
    rig.threads = 2;
    rig.interruptWaits = true;
    List<RemoteOrder> page = new ArrayList<>();
    for (long id = 1; id <= 20; id++) {
      rig.boundOrder(id);
      page.add(edited(id));
    }
    PulledOrders pulled = rig.pulledOrders();
    try {
      assertThatThrownBy(() -> pulled.apply(page))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("interrupted while orders were being pulled");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void odooOutOfReachInARunOnAnotherThreadReachesTheCaller() {
    rig.threads = 2;
    rig.importFails = PullRig.unreachable();
    List<RemoteOrder> page = new ArrayList<>();
    for (long id = 1; id <= 20; id++) {
      if (id <= 10) {
        rig.boundOrder(id);
      }
      page.add(edited(id));
    }
    PulledOrders pulled = rig.pulledOrders();

    assertThatThrownBy(() -> pulled.apply(page)).isSameAs(rig.importFails);
    assertThat(rig.failures.byOdooId).isEmpty();
  }

  @Test
  void theReasonsForLeavingAnOrderOutAreTaggedAsTheMetricShowsThem() {
    assertThat(PulledVersions.SkipReason.values())
        .extracting(PulledVersions.SkipReason::tag)
        .containsExactly("mode-none", "unknown-supplier", "incomplete", "unknown-product");
  }

  private static RemoteOrder edited(long odooId) {
    return remote(odooId, T1, "Edit", "draft");
  }

  /** A bound order with a line whose product has no Odoo id: merging it fails. */
  private void unmappable(long odooId) {
    UUID orderId = rig.boundOrder(odooId);
    PurchaseOrderSnapshot order = rig.orders.byId.get(orderId);
    rig.orders.byId.put(
        orderId,
        new PurchaseOrderSnapshot(
            orderId,
            order.number(),
            order.version(),
            order.supplierId(),
            order.currency(),
            order.notes(),
            order.state(),
            false,
            List.of(
                new PurchaseOrderSnapshot.Line(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "Unmapped",
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    LocalDate.of(2026, 12, 24)))));
  }
}
