package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.fixture.CapturedLog;
import net.orderbridge.sync.log.SyncLog;
import net.orderbridge.sync.log.SyncLogEntry;
import net.orderbridge.sync.odoo.ErrorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The push's sync log entries: the operation read from the claim, the fields of each outcome. */
class PushLogTest {
  private static final UUID ORDER = UUID.fromString("0b6f2d9e-4c1a-4e7b-9a51-3f1f8e2c7d10");
  private CapturedLog log;

  @BeforeEach
  void listen() {
    log = CapturedLog.of(SyncLog.LOGGER);
  }

  @AfterEach
  void stopListening() {
    log.close();
  }

  private static OutboxClaim claim(int attempts, String... kinds) {
    return new OutboxClaim(
        ORDER, UUID.randomUUID(), List.of(1L, 2L), List.of(kinds), attempts, Instant.EPOCH);
  }

  @Test
  void theOperationIsReadFromTheMessageKindsAndADeletionIsADelete() {
    assertThat(PushLog.operation(claim(0, "PLACED", "CHANGED"))).isEqualTo("create");
    assertThat(PushLog.operation(claim(0, "CHANGED"))).isEqualTo("update");
    assertThat(PushLog.operation(claim(0, "CHANGED", "CONFIRMED"))).isEqualTo("confirm");
    assertThat(PushLog.operation(claim(0, "CANCELLED"))).isEqualTo("cancel");
    assertThat(PushLog.operation(claim(0, "CHANGED", "DELETED"))).isEqualTo("delete");
  }

  @Test
  void aSettledPushNamesOdoosIdTheDurationAndTheAttempt() {
    PushLog.pushed(
        claim(1, "PLACED"),
        new SyncResult(ORDER, SyncStatus.SYNCED, 57L, "P00057", null, null),
        Duration.ofMillis(84));

    assertThat(log.records())
        .singleElement()
        .satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.INFO));
    assertThat(log.messages().get(0))
        .startsWith("Pushed order " + ORDER + " to Odoo order 57 (create, 84 ms)")
        .contains(
            "operation=create",
            "entityId=" + ORDER,
            "odooId_long=57",
            "durationMs_long=84",
            "attempt_long=2",
            "messages_long=2",
            "status=SYNCED");
  }

  @Test
  void aFailedPushCarriesTheErrorsTypeAndMessage() {
    PushLog.failed(
        claim(0, "CHANGED"),
        new PushFailure(ErrorType.BUSINESS, false, false, "ValidationError: locked"),
        SyncLogEntry.Level.ERROR,
        "FAILED",
        ", dead-lettered");

    assertThat(log.records())
        .singleElement()
        .satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.SEVERE));
    assertThat(log.messages().get(0))
        .startsWith("Push of order " + ORDER + " failed (BUSINESS, dead-lettered, attempt 1)")
        .contains(
            "operation=update",
            "errorType=BUSINESS",
            "errorMessage=ValidationError: locked",
            "status=FAILED",
            "deferred_bool=false");
  }

  @Test
  void aDeletionWithoutOdooOrderIsLoggedWithoutOdooId() {
    PushLog.pushed(
        claim(0, "DELETED"),
        new SyncResult(ORDER, SyncStatus.SYNCED, null, null, null, null),
        Duration.ofMillis(5));

    assertThat(log.messages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m).startsWith("Pushed order " + ORDER + " (delete, 5 ms)");
              assertThat(m).doesNotContain("odooId");
            });
  }

  @Test
  void aParkedPushSaysWhyAndIsAConflict() {
    PushLog.parked(claim(2, "CHANGED"), "Odoo changed the same fields");

    assertThat(log.records())
        .singleElement()
        .satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.INFO));
    assertThat(log.messages().get(0))
        .startsWith("Push of order " + ORDER + " parked: Odoo changed the same fields")
        .contains("operation=update", "status=CONFLICT", "attempt_long=3");
  }
}
