package net.orderbridge.sync.pull;

import static net.orderbridge.sync.pull.PullRig.NOW;
import static net.orderbridge.sync.pull.PullRig.PUSHED;
import static net.orderbridge.sync.pull.PullRig.remote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.outcome.SyncOutcome;
import org.junit.jupiter.api.Test;

/**
 * A poll through the real {@link PullPurchaseOrders} over an in-memory Odoo that pages by keyset on
 * ({@code write_date}, {@code id}): the cursor moves only over pages that were applied, orders that
 * share a {@code write_date} across a page break are all read, and the overlap window's second
 * reading of a version changes nothing.
 */
class PollOverKeysetTest {
  private static final Instant T1 = PUSHED.plusSeconds(60);
  private static final Instant T2 = PUSHED.plusSeconds(120);

  private final PullRig rig = new PullRig();

  @Test
  void ordersSharingAWriteDateAcrossAPageBreakAreAllReadAndTheCursorEndsAtTheLast() {
    rig.pageSize = 2;
    UUID[] local = new UUID[5];
    for (int id = 1; id <= 5; id++) {
      local[id - 1] = rig.boundOrder(id);
    }
    rig.odoo.put(
        remote(1, T1, "Edit 1", "draft"),
        remote(2, T2, "Edit 2", "draft"),
        remote(3, T2, "Edit 3", "draft"),
        remote(4, T2, "Edit 4", "draft"),
        remote(5, T2, "Edit 5", "draft"));

    PollResult result = rig.pull().pollOnce();

    assertThat(result.read()).isEqualTo(5);
    assertThat(result.outcomes()).containsExactly(Map.entry(PullOneOrder.Outcome.APPLIED, 5));
    assertThat(rig.odoo.pagesAsked)
        .as("the first poll reads from the epoch, each next page after the last one's key")
        .containsExactly(
            "1970-01-01T00:00:00Z null 0 2",
            "1970-01-01T00:00:00Z " + T2 + " 2 2",
            "1970-01-01T00:00:00Z " + T2 + " 4 2");
    assertThat(rig.cursor.moves)
        .containsExactly(
            new PollCursor.Position(T2, 2),
            new PollCursor.Position(T2, 4),
            new PollCursor.Position(T2, 5));
    for (int id = 1; id <= 5; id++) {
      assertThat(rig.bases.snapshots.get(local[id - 1]).get("notes")).isEqualTo("Edit " + id);
    }
    assertThat(rig.databaseChecks).isEqualTo(1);
  }

  @Test
  void aFullLastPageAsksOnceMoreAndAnEmptyPageMovesNothing() {
    rig.pageSize = 2;
    rig.boundOrder(1);
    rig.boundOrder(2);
    rig.odoo.put(remote(1, T1, "Edit 1", "draft"), remote(2, T1, "Edit 2", "draft"));

    PollResult result = rig.pull().pollOnce();

    assertThat(result.read()).isEqualTo(2);
    assertThat(rig.odoo.pagesAsked).hasSize(2);
    assertThat(rig.cursor.moves).containsExactly(new PollCursor.Position(T1, 2));
  }

  @Test
  void eachPollStartsTheOverlapBeforeTheCursorAndPassesByWhatItJudgedAlready() {
    UUID orderId = rig.boundOrder(1);
    rig.odoo.put(remote(1, T1, "Odoo's note", "draft"));
    PullPurchaseOrders pull = rig.pull();
    pull.pollOnce();
    rig.applied.applied.clear();
    rig.outcomes.fired.clear();

    PollResult again = pull.pollOnce();

    assertThat(rig.odoo.pagesAsked.get(1))
        .as("150 s of overlap before the cursor")
        .startsWith(T1.minus(Duration.ofSeconds(150)) + " null 0 ");
    assertThat(again.outcomes()).containsExactly(Map.entry(PullOneOrder.Outcome.UNCHANGED, 1));
    assertThat(rig.applied.applied).isEmpty();
    assertThat(rig.outcomes.fired).isEmpty();
    assertThat(rig.audit.origins).as("a version judged already costs no transaction").hasSize(1);
    assertThat(rig.bases.snapshots.get(orderId).get("notes")).isEqualTo("Odoo's note");
  }

  @Test
  void judgedVersionsOlderThanTheWindowAreForgotten() {
    rig.cursor.at = new PollCursor.Position(T2.plusSeconds(3_600), 9);
    rig.versions.remember(PulledVersions.Version.judged(remote(1, T1, "x", "draft"), null));

    rig.pull().pollOnce();

    assertThat(rig.versions.byOdooId).isEmpty();
  }

  @Test
  void odooGoingAwayMidPollLeavesTheCursorAfterTheLastAppliedPage() {
    rig.pageSize = 1;
    rig.boundOrder(1);
    rig.boundOrder(2);
    rig.odoo.put(remote(1, T1, "Edit 1", "draft"), remote(2, T2, "Edit 2", "draft"));
    rig.odoo.failing = PullRig.unreachable();
    rig.odoo.pagesBeforeFailing = 1;
    PullPurchaseOrders pull = rig.pull();

    assertThatThrownBy(pull::pollOnce).isSameAs(rig.odoo.failing);
    assertThat(rig.cursor.at).isEqualTo(new PollCursor.Position(T1, 1));
    assertThat(pull.standing().lastSuccessfulPoll())
        .as("only a poll that read Odoo to its end counts")
        .isNull();
  }

  @Test
  void aPageWhoseApplyFindsOdooUnreachableDoesNotMoveTheCursor() {
    rig.importFails =
        new OdooUnavailableException(
            OdooUnavailableException.Outcome.NOT_SENT, null, "partner read refused", null);
    rig.odoo.put(remote(77, T1, "Made in Odoo", "draft"));

    assertThatThrownBy(() -> rig.pull().pollOnce()).isSameAs(rig.importFails);
    assertThat(rig.cursor.moves).isEmpty();
    assertThat(rig.failures.byOdooId).as("Odoo down is nobody's failure").isEmpty();
  }

  @Test
  void anOrderThatFailsIsParkedAndTheCursorMovesOverIt() {
    rig.importFails = new IllegalStateException("notes over the limit");
    UUID other = rig.boundOrder(2);
    rig.odoo.put(remote(1, T1, "Made in Odoo", "draft"), remote(2, T2, "Edit 2", "draft"));

    PollResult result = rig.pull().pollOnce();

    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.outcomes()).containsExactly(Map.entry(PullOneOrder.Outcome.APPLIED, 1));
    assertThat(rig.failures.byOdooId.get(1L).reason())
        .isEqualTo("purchase.order 1: IllegalStateException: notes over the limit");
    assertThat(rig.bases.snapshots.get(other).get("notes")).isEqualTo("Edit 2");
    assertThat(rig.cursor.at).isEqualTo(new PollCursor.Position(T2, 2));
  }

  @Test
  void aPollThatImportedOrdersTellsTheImportRun() {
    rig.boundOrder(2);
    rig.odoo.put(remote(1, T1, "Made in Odoo", "draft"), remote(2, T2, "Edit 2", "draft"));

    PollResult result = rig.pull().pollOnce();

    assertThat(result.outcomes())
        .containsOnly(
            Map.entry(PullOneOrder.Outcome.IMPORTED, 1),
            Map.entry(PullOneOrder.Outcome.APPLIED, 1));
    assertThat(rig.importRuns.fired)
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.read()).isEqualTo(2);
              assertThat(run.imported()).isEqualTo(1);
              assertThat(run.applied()).isEqualTo(1);
            });
  }

  @Test
  void aPollWithoutImportsTellsNoImportRun() {
    rig.boundOrder(2);
    rig.odoo.put(remote(2, T2, "Edit 2", "draft"));

    rig.pull().pollOnce();

    assertThat(rig.importRuns.fired).isEmpty();
  }

  @Test
  void anInterruptedPollReadsNothing() {
    rig.odoo.put(remote(1, T1, "Made in Odoo", "draft"));
    Thread.currentThread().interrupt();
    try {
      PollResult result = rig.pull().pollOnce();

      assertThat(result.read()).isZero();
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(rig.odoo.pagesAsked).isEmpty();
  }

  @Test
  void theStandingShowsTheCursorTheSettingsAndWhatWaits() {
    rig.boundOrder(1);
    rig.odoo.put(remote(1, T1, "Edit 1", "draft"));
    rig.failures.park(9, T1, "purchase.order 9: too long", 1, NOW.plusSeconds(30));
    rig.versions.remember(
        PulledVersions.Version.leftOut(
            remote(8, T1, "x", "draft"), PulledVersions.SkipReason.MODE_NONE, ImportMode.NONE));
    rig.importMode = "known-suppliers";
    PullPurchaseOrders pull = rig.pull();
    assertThat(pull.standing().cursorWriteDate()).isNull();

    pull.pollOnce();
    PullStanding standing = pull.standing();

    assertThat(standing)
        .isEqualTo(
            new PullStanding(
                "known-suppliers",
                T1,
                1L,
                Duration.ofSeconds(30),
                Duration.ofSeconds(150),
                500,
                1,
                1,
                NOW));
  }

  @Test
  void eachPulledOrderRaisesItsOwnEventAndIsCountedByOutcome() {
    UUID orderId = rig.boundOrder(1);
    rig.odoo.put(remote(1, T1, "Odoo's note", "draft"));

    rig.pull().pollOnce();

    assertThat(rig.outcomes.fired)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.orderId()).isEqualTo(orderId);
              assertThat(e.kind()).isEqualTo(SyncOutcome.Kind.PULLED);
            });
    assertThat(
            rig.counters.count(
                "sync.pull.orders", new org.eclipse.microprofile.metrics.Tag("outcome", "APPLIED")))
        .isEqualTo(1);
  }
}
