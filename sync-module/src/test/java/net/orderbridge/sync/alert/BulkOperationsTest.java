package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.orderbridge.sync.pull.ImportRunFinished;
import net.orderbridge.sync.push.BatchSyncResult;
import net.orderbridge.sync.push.DeadLettersRetried;
import org.junit.jupiter.api.Test;

class BulkOperationsTest {
  private final InMemoryAlerts alerts = new InMemoryAlerts();
  private final BulkOperations bulk =
      new BulkOperations(
          new TrackAlerts(
              alerts, new Notifiers(List.of(new RecordingNotifier("webhook"))), new AlertLog()),
          Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void eachBatchThatClaimedOrdersIsOneInfoAlertWithItsCounts() {
    bulk.batchDrained(new BatchSyncResult(3, 2, 0, 0, 1, 0, 120, List.of()));
    bulk.batchDrained(new BatchSyncResult(5, 5, 0, 0, 0, 0, 80, List.of()));

    assertThat(alerts.rows).hasSize(2);
    Alert first = alerts.row(1);
    assertThat(first.name()).isEqualTo("batch-drain-finished");
    assertThat(first.state()).isEqualTo(AlertState.OCCURRED);
    assertThat(first.evidence()).containsEntry("claimed", 3).containsEntry("failed", 1);
    assertThat(alerts.deliveries).hasSize(2);
  }

  @Test
  void aBatchThatFoundNothingToPushIsNoNews() {
    bulk.batchDrained(new BatchSyncResult(0, 0, 0, 0, 0, 0, 3, List.of()));
    assertThat(alerts.rows).isEmpty();
  }

  @Test
  void aRetryOfDeadLettersIsOneInfoAlertNamingHowManyAndWhich() {
    bulk.deadLettersRetried(new DeadLettersRetried("TRANSIENT", 12));
    bulk.deadLettersRetried(new DeadLettersRetried(null, 3));

    assertThat(alerts.rows).hasSize(2);
    Alert first = alerts.row(1);
    assertThat(first.name()).isEqualTo("dead-letters-retried");
    assertThat(first.level()).isEqualTo(AlertLevel.INFO);
    assertThat(first.evidence())
        .containsEntry("retried", 12)
        .containsEntry("errorType", "TRANSIENT");
    assertThat(alerts.row(2).evidence()).containsEntry("errorType", "all");
  }

  @Test
  void aPollThatImportedOrdersIsOneInfoAlertWithItsCounts() {
    bulk.importRunFinished(new ImportRunFinished(9, 4, 3, 1, 0, 1, 250));

    assertThat(alerts.rows).hasSize(1);
    Alert run = alerts.row(1);
    assertThat(run.name()).isEqualTo("import-run-finished");
    assertThat(run.level()).isEqualTo(AlertLevel.INFO);
    assertThat(run.state()).isEqualTo(AlertState.OCCURRED);
    assertThat(run.summary()).isEqualTo("A poll imported 4 orders made in Odoo (9 read, 1 failed)");
    assertThat(run.evidence())
        .containsEntry("read", 9)
        .containsEntry("imported", 4)
        .containsEntry("applied", 3)
        .containsEntry("conflicts", 1)
        .containsEntry("skipped", 0)
        .containsEntry("failed", 1)
        .containsEntry("durationMillis", 250L);
    assertThat(alerts.deliveries).hasSize(1);
  }
}
