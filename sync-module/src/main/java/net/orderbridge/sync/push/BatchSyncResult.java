package net.orderbridge.sync.push;

import java.util.List;
import net.orderbridge.shared.event.SyncStatus;

/** What one batch of pushes did; {@code conflicts}: pushes parked by a conflict with Odoo. */
public record BatchSyncResult(
    int claimed,
    int synced,
    int retrying,
    int deferred,
    int failed,
    int conflicts,
    long durationMillis,
    List<SyncResult> results) {

  public static BatchSyncResult of(List<SyncResult> results, long durationMillis) {
    return new BatchSyncResult(
        results.size(),
        count(results, SyncStatus.SYNCED),
        count(results, SyncStatus.RETRYING),
        count(results, SyncStatus.DEFERRED),
        count(results, SyncStatus.FAILED),
        count(results, SyncStatus.CONFLICT),
        durationMillis,
        List.copyOf(results));
  }

  private static int count(List<SyncResult> results, SyncStatus status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }
}
