package net.orderbridge.sync.push;

import java.time.Duration;
import net.orderbridge.sync.log.SyncLog;
import net.orderbridge.sync.log.SyncLogEntry;

/**
 * The push's entries of the structured sync log, one per order and push: its operation ({@code
 * create}, {@code update}, {@code confirm}, {@code cancel}, or {@code delete} for a deleted order),
 * the order's id and Odoo's, the attempt, and how it ended.
 */
final class PushLog {
  static final String ENTITY = "purchase-order";

  private PushLog() {}

  /** The operation of a claim's push, as the log names it. */
  static String operation(OutboxClaim claim) {
    return claim.kinds().contains("DELETED") ? "delete" : PushMetrics.operation(claim.kinds());
  }

  private static SyncLogEntry.Builder entry(OutboxClaim claim) {
    return SyncLogEntry.of(operation(claim), ENTITY, claim.orderId())
        .meta("attempt", claim.attempts() + 1)
        .meta("messages", claim.messageIds().size());
  }

  /** Odoo acknowledged the order's push and it is settled here. */
  static void pushed(OutboxClaim claim, SyncResult result, Duration export) {
    SyncLog.write(
        entry(claim)
            .odooId(result.odooId())
            .durationMs(export.toMillis())
            .meta("status", result.status().name())
            .info(
                "Pushed order "
                    + claim.orderId()
                    + (result.odooId() == null ? "" : " to Odoo order " + result.odooId())
                    + " ("
                    + operation(claim)
                    + ", "
                    + export.toMillis()
                    + " ms)"));
  }

  /**
   * A push that failed; {@code outcome} says what follows ({@code RETRYING}, {@code DEFERRED},
   * {@code FAILED} for a dead letter) and {@code detail} adds to the line.
   */
  static void failed(
      OutboxClaim claim,
      PushFailure failure,
      SyncLogEntry.Level level,
      String outcome,
      String detail) {
    SyncLog.write(
        entry(claim)
            .error(failure.type().name(), failure.message())
            .meta("status", outcome)
            .meta("deferred", failure.deferred())
            .build(
                level,
                "Push of order "
                    + claim.orderId()
                    + " failed ("
                    + failure.type()
                    + detail
                    + ", attempt "
                    + (claim.attempts() + 1)
                    + "): "
                    + failure.message()));
  }

  /** The order's push waits for a person to settle a conflict. */
  static void parked(OutboxClaim claim, String why) {
    SyncLog.write(
        entry(claim)
            .meta("status", "CONFLICT")
            .info("Push of order " + claim.orderId() + " parked: " + why));
  }
}
