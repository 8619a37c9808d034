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
}
