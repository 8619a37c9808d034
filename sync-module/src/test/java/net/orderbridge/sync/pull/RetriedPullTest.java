package net.orderbridge.sync.pull;

import static net.orderbridge.sync.pull.PullRig.NOW;
import static net.orderbridge.sync.pull.PullRig.PUSHED;
import static net.orderbridge.sync.pull.PullRig.remote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.odoo.OdooMappingException;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pulls of one order through the real {@link PullPurchaseOrders}: an operator's pull, the retry of
 * parked pulls (due ones by the timer, one on request) and the webhook hints' sweep.
 */
class RetriedPullTest {
  private static final Instant T1 = PUSHED.plusSeconds(60);

  private final PullRig rig = new PullRig();

  @Test
  void anOperatorsPullJudgesTheOrderAfreshAndUnparksIt() {
    UUID orderId = rig.boundOrder(1);
    rig.odoo.put(remote(1, T1, "Odoo's note", "draft"));
    rig.versions.remember(
        PulledVersions.Version.judged(
            remote(1, T1, "Odoo's note", "draft"), PullOneOrder.Outcome.UNCHANGED));
    rig.failures.park(1, T1, "purchase.order 1: earlier", 2, NOW.plusSeconds(600));

    Optional<PullOneOrder.Outcome> outcome = rig.pull().syncPurchaseOrderFromOdoo(1);

    assertThat(outcome).contains(PullOneOrder.Outcome.APPLIED);
    assertThat(rig.bases.snapshots.get(orderId).get("notes")).isEqualTo("Odoo's note");
    assertThat(rig.failures.byOdooId).isEmpty();
    assertThat(rig.databaseChecks).isEqualTo(1);
  }

  @Test
  void anOperatorsPullOfAnOrderOdooDoesNotHaveDoesNothing() {
    rig.failures.park(1, T1, "purchase.order 1: earlier", 2, NOW.plusSeconds(600));

    assertThat(rig.pull().syncPurchaseOrderFromOdoo(1)).isEmpty();
    assertThat(rig.failures.byOdooId).containsKey(1L);
  }

  @Test
  void aRetryOfAnOrderThatIsNotParkedIsRefused() {
    PullPurchaseOrders pull = rig.pull();

    assertThatThrownBy(() -> pull.retryParked(1)).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aParkedOrderOdooNoLongerHasLeavesTheParking() {
    rig.failures.park(1, T1, "purchase.order 1: earlier", 2, NOW.plusSeconds(600));

    Optional<PullPurchaseOrders.RetriedPull> retried = rig.pull().retryParked(1);

    assertThat(retried).contains(new PullPurchaseOrders.RetriedPull(1, null));
    assertThat(rig.failures.byOdooId).isEmpty();
  }

  @Test
  void aParkedOrderThatFailsAgainStaysWithOneMoreAttempt() {
    rig.importFails = new IllegalStateException("still too long");
    rig.odoo.put(remote(1, T1, "Made in Odoo", "draft"));
    rig.failures.park(1, T1, "purchase.order 1: earlier", 2, NOW.plusSeconds(600));

    assertThat(rig.pull().retryParked(1)).isEmpty();
    assertThat(rig.failures.byOdooId.get(1L).attempts()).isEqualTo(3);
    assertThat(rig.failures.byOdooId.get(1L).reason())
        .isEqualTo("purchase.order 1: IllegalStateException: still too long");
  }

  @Test
  void theTimersRetryTriesOnlyTheDueOnesAndCountsThoseSettled() {
    UUID applied = rig.boundOrder(1);
    rig.boundOrder(3);
    rig.odoo.put(remote(1, T1, "Odoo's note", "draft"), remote(3, T1, "Later", "draft"));
    rig.odoo.failingFind.put(4L, new OdooMappingException(null, "integer out of XML-RPC range"));
    rig.failures.park(1, T1, "purchase.order 1: earlier", 1, NOW.minusSeconds(5));
    rig.failures.park(2, T1, "purchase.order 2: earlier", 1, NOW.minusSeconds(4));
    rig.failures.park(3, T1, "purchase.order 3: earlier", 1, NOW.plusSeconds(60));
    rig.failures.park(4, T1, "purchase.order 4: earlier", 1, NOW.minusSeconds(3));
    rig.failures.settledMeanwhile.add(
        new PullFailures.ParkedPull(5, T1, 1, "purchase.order 5", T1, T1, T1));

    int settled = rig.pull().retryDueFailures();

    assertThat(settled).as("1 applied, 2 gone from Odoo").isEqualTo(2);
    assertThat(rig.bases.snapshots.get(applied).get("notes")).isEqualTo("Odoo's note");
    assertThat(rig.failures.byOdooId.keySet())
        .as("3 not due yet, 4 failed to be read and stays as it was")
        .containsExactly(3L, 4L);
    assertThat(rig.failures.byOdooId.get(4L).attempts()).isEqualTo(1);
  }

  @Test
  void odooOutOfReachEndsTheRetryRun() {
    rig.odoo.failing = PullRig.unreachable();
    rig.failures.park(1, T1, "purchase.order 1: earlier", 1, NOW.minusSeconds(5));
    PullPurchaseOrders pull = rig.pull();

    assertThatThrownBy(pull::retryDueFailures).isSameAs(rig.odoo.failing);
    assertThat(rig.failures.byOdooId.get(1L).attempts()).isEqualTo(1);
  }

  @Test
  void hintedOrdersArePulledAndTheirHintsSettled() {
    UUID orderId = rig.boundOrder(1);
    rig.odoo.put(remote(1, T1, "Odoo's note", "draft"));
    rig.hints.waiting.add(1L);
    rig.hints.waiting.add(2L);

    int done = rig.pull().processPendingHints(false);

    assertThat(done).isEqualTo(1);
    assertThat(rig.hints.processed)
        .as("a hint about an order Odoo does not have waits for the sweep")
        .containsExactly(1L);
    assertThat(rig.bases.snapshots.get(orderId).get("notes")).isEqualTo("Odoo's note");
    assertThat(rig.counters.count("sync.pull.webhook.pulls")).isEqualTo(1);
    assertThat(rig.databaseChecks).isEqualTo(1);
  }

  @Test
  void theSweepSettlesHintsAboutOrdersOdooDoesNotHave() {
    rig.hints.waiting.add(2L);

    assertThat(rig.pull().processHint(2, true)).isTrue();
    assertThat(rig.hints.processed).containsExactly(2L);
  }

  @Test
  void noWaitingHintsAsksOdooNothing() {
    assertThat(rig.pull().processPendingHints(true)).isZero();
    assertThat(rig.databaseChecks).isZero();
  }

  @Test
  void aHintFailingForTheThirdTimeIsParked() {
    rig.odoo.failingFind.put(2L, new OdooMappingException(null, "unreadable answer"));
    rig.hints.waiting.add(2L);
    PullPurchaseOrders pull = rig.pull();

    for (int i = 0; i < PullPurchaseOrders.MAX_HINT_ATTEMPTS; i++) {
      assertThat(pull.processHint(2, true)).isFalse();
    }

    assertThat(rig.hints.parked).containsExactly(2L);
    assertThat(rig.counters.count("sync.pull.hint.failures", new Tag("parked", "false")))
        .isEqualTo(2);
    assertThat(rig.counters.count("sync.pull.hint.failures", new Tag("parked", "true")))
        .isEqualTo(1);
  }
}
