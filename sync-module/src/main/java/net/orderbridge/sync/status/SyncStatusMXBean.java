package net.orderbridge.sync.status;

/** The sync's standing as JMX attributes ({@code net.orderbridge:type=SyncStatus}). */
public interface SyncStatusMXBean {

  /** ISO-8601 instant of the last change that reached Odoo, or empty. */
  String getLastSuccessfulSync();

  long getBacklog();

  long getOldestPendingAgeSeconds();

  long getFailedSyncCount();

  long getPendingConflicts();

  String getCircuitState();

  boolean isOdooReachable();

  /** Odoo orders the pull could not apply, parked for a retry. */
  long getParkedPullFailures();

  /** Pushes that Odoo acknowledged per push attempted, over the last 15 minutes; NaN if none. */
  double getPushSuccessRatio();

  /** Orders read from Odoo and applied per order read, over the last 15 minutes; NaN if none. */
  double getPullSuccessRatio();

  /** ISO-8601 instant the Odoo key in use was loaded (a key file is followed while running). */
  String getOdooKeyLoadedAt();

  /** Where the Odoo key came from: {@code ODOO_API_KEY_FILE <file>}, {@code ODOO_API_KEY}, ... */
  String getOdooKeySource();
}
