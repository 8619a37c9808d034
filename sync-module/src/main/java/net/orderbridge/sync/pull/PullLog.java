package net.orderbridge.sync.pull;

import java.util.UUID;
import net.orderbridge.sync.conflict.MergePlan;
import net.orderbridge.sync.log.SyncLog;
import net.orderbridge.sync.log.SyncLogEntry;
import net.orderbridge.sync.odoo.OdooException;

/**
 * The pull's entries of the structured sync log: an Odoo order applied here ({@code pull.apply}),
 * imported ({@code pull.import}), or parked after a failure. Field names and counts only, never the
 * values Odoo sent (they hold notes and descriptions).
 */
final class PullLog {
  static final String ENTITY = "purchase-order";

  private PullLog() {}

  static void applied(UUID orderId, long odooId, MergePlan plan, long startNanos) {
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    SyncLog.write(
        SyncLogEntry.of("pull.apply", ENTITY, orderId)
            .odooId(odooId)
            .durationMs(millis)
            .meta("applied", plan.applyLocally().size())
            .meta("pushBack", plan.pushToOdoo().size())
            .meta("conflictsManual", plan.manual().size())
            .meta("conflictsByPolicy", plan.settledByPolicy().size())
            .info(
                "Pulled Odoo order "
                    + odooId
                    + " into "
                    + orderId
                    + ": applied "
                    + plan.applyLocally().keySet()
                    + ", to push "
                    + plan.pushToOdoo().keySet()
                    + ", conflicts "
                    + plan.manual().size()
                    + " manual, "
                    + plan.settledByPolicy().size()
                    + " by policy"));
  }

  static void imported(UUID orderId, long odooId) {
    SyncLog.write(
        SyncLogEntry.of("pull.import", ENTITY, orderId)
            .odooId(odooId)
            .info("Imported Odoo order " + odooId + " as " + orderId));
  }

  /** An Odoo order that could not be applied, parked for a retry. */
  static void parked(long odooId, RuntimeException failed, String reason, int attempts) {
    String type =
        failed instanceof OdooException odoo
            ? odoo.errorType().name()
            : failed.getClass().getSimpleName();
    SyncLog.write(
        SyncLogEntry.of("pull.apply", "odoo-purchase-order", odooId)
            .odooId(odooId)
            .error(type, reason)
            .meta("attempt", attempts)
            .meta("status", "PARKED")
            .warn("Pull of Odoo " + reason + "; parked (attempt " + attempts + ")"));
  }
}
