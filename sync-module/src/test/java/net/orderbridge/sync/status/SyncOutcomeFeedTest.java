package net.orderbridge.sync.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.outcome.SyncOutcome;
import org.junit.jupiter.api.Test;

class SyncOutcomeFeedTest {
  private final UUID order = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-12-04T17:00:00Z");

  private PurchaseOrderSyncStateChanged report(SyncStatus status, Long odooId, String error) {
    return new PurchaseOrderSyncStateChanged(order, status, odooId, "P00042", null, error, now);
  }

  @Test
  void thePushsStandingsBecomeOutcomesWithTheirOdooIdAndReason() {
    assertThat(SyncOutcomeFeed.fromReport(report(SyncStatus.SYNCED, 42L, null)))
        .contains(new SyncOutcome(order, SyncOutcome.Kind.PUSHED, 42L, "P00042", null, now));
    assertThat(SyncOutcomeFeed.fromReport(report(SyncStatus.FAILED, null, "Access Denied")))
        .hasValueSatisfying(o -> assertThat(o.detail()).isEqualTo("Access Denied"))
        .hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo(SyncOutcome.Kind.FAILED));
    assertThat(SyncOutcomeFeed.fromReport(report(SyncStatus.PENDING, null, null))).isEmpty();
  }

  @Test
  void everyListenerHearsEachOutcomeUntilItLeavesAndAThrowingOneIsDropped() {
    SyncOutcomeFeed feed = new SyncOutcomeFeed();
    List<SyncOutcome> heard = new ArrayList<>();
    Runnable leave = feed.subscribe(heard::add);
    feed.subscribe(
        o -> {
          throw new IllegalStateException("client gone");
        });

    feed.reportedTogether(
        new PurchaseOrderSyncStatesChanged(
            List.of(
                report(SyncStatus.SYNCED, 1L, null),
                report(SyncStatus.RETRYING, null, "timeout"))));
    assertThat(heard)
        .extracting(SyncOutcome::kind)
        .containsExactly(SyncOutcome.Kind.PUSHED, SyncOutcome.Kind.RETRYING);
    assertThat(feed.listeners()).isEqualTo(1);

    leave.run();
    feed.outcome(new SyncOutcome(order, SyncOutcome.Kind.PULLED, 1L, null, null, now));
    assertThat(heard).hasSize(2);
  }
}
