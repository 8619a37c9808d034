package net.orderbridge.sync.application.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.sync.application.push.OrderExporter.Exported;
import net.orderbridge.sync.application.push.OrderExporter.OrderToExport;
import net.orderbridge.sync.domain.binding.OrderBindings;
import net.orderbridge.sync.domain.outbox.Outbox;
import net.orderbridge.sync.domain.outbox.OutboxClaim;

/**
 * The push use case: claim due outbox messages, send each claimed order's current state to Odoo
 * (many new orders in one {@code create}), settle each order on its own. Runs without a transaction
 * of its own: claims and outcomes commit in theirs, Odoo calls happen in between.
 */
@ApplicationScoped
public class BatchSyncPendingOrders {
  private static final Logger LOG = Logger.getLogger(BatchSyncPendingOrders.class.getName());

  @Inject Outbox outbox;
  @Inject OrderBindings bindings;
  @Inject PurchaseOrderReader orders;
  @Inject OrderExporter exporter;
  @Inject PushOutcomes outcomes;
  @Inject PushSettings settings;

  /** One batch of up to {@code sync.push.batch-size} orders. */
  public BatchSyncResult batchSyncPendingOrders() {
    return push(outbox.claim(settings.batchSize(), settings.lease()));
  }

  /** Pushes one order now, whether or not anything is pending for it. */
  public SyncResult pushOrder(UUID orderId) {
    OutboxClaim claim =
        outbox
            .claimOrder(orderId, settings.lease())
            .orElseThrow(
                () ->
                    ApplicationProblem.conflict(
                        "Order " + orderId + " is being pushed by another worker; try later"));
    return push(List.of(claim)).results().get(0);
  }

  private BatchSyncResult push(List<OutboxClaim> claims) {
    if (claims.isEmpty()) {
      return BatchSyncResult.of(List.of(), 0);
    }
    long start = System.nanoTime();
    List<OrderToExport> work = new ArrayList<>();
    for (OutboxClaim claim : claims) {
      work.add(
          new OrderToExport(
              claim.orderId(), orders.find(claim.orderId()), bindings.find(claim.orderId())));
    }
    Map<UUID, Exported> exported = new HashMap<>();
    try {
      exporter.export(work).forEach(e -> exported.put(e.orderId(), e));
    } catch (RuntimeException unexpected) {
      LOG.log(Level.WARNING, "Push batch failed as a whole", unexpected);
      work.forEach(w -> exported.put(w.orderId(), Exported.failed(w.orderId(), unexpected)));
    }
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    List<SyncResult> results = new ArrayList<>();
    for (OutboxClaim claim : claims) {
      Exported e = exported.get(claim.orderId());
      if (e == null) {
        e = Exported.failed(claim.orderId(), new IllegalStateException("no export result"));
      }
      results.add(settle(claim, e, latency));
    }
    return BatchSyncResult.of(results, latency.toMillis());
  }

  private SyncResult settle(OutboxClaim claim, Exported exported, Duration latency) {
    try {
      return exported.succeeded()
          ? outcomes.synced(claim, exported.binding(), latency)
          : outcomes.failed(claim, PushFailure.of(exported.failure()));
    } catch (RuntimeException notSettled) {
      // the lease runs out and another attempt repeats the (idempotent) push
      LOG.log(Level.WARNING, "Could not settle the push of order " + claim.orderId(), notSettled);
      return new SyncResult(claim.orderId(), "RETRYING", null, null, "TRANSIENT", "not settled");
    }
  }
}
