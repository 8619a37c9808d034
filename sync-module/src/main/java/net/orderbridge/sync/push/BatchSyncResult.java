package net.orderbridge.sync.push;

import java.util.List;

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
        count(results, "SYNCED"),
        count(results, "RETRYING"),
        count(results, "DEFERRED"),
        count(results, "FAILED"),
        count(results, PushOutcomes.CONFLICT),
        durationMillis,
        List.copyOf(results));
  }

  private static int count(List<SyncResult> results, String status) {
    return (int) results.stream().filter(r -> r.status().equals(status)).count();
  }
}
