package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.binding.OdooDatabaseChangedException;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBindings;
import net.orderbridge.sync.conflict.DeletionMeetsOdooEdit;
import net.orderbridge.sync.push.OrderExporter.Exported;
import net.orderbridge.sync.push.OrderExporter.OrderToExport;

/**
 * The push use case: claim due outbox messages, send each claimed order's current state to Odoo
 * (many new orders in one {@code create}), settle each order on its own. Runs without a transaction
 * of its own: claims and outcomes commit in theirs, Odoo calls happen in between.
 *
 * <p>An update never overwrites an Odoo edit it has not seen: the exporter reports orders whose
 * Odoo {@code write_date} moved since the binding, {@link OdooEditsFirst} merges those edits into
 * ours the way the pull would, and only then is the merged order exported; a conflict that waits
 * for a person parks the order's push instead. A deletion is guarded the same way: a deleted order
 * whose Odoo order changed since the binding is not cancelled nor unlinked but settled by {@link
 * DeletionMeetsOdooEdit} (a conflict on its existence).
 */
@ApplicationScoped
public class BatchSyncPendingOrders {
  private static final Logger LOG = Logger.getLogger(BatchSyncPendingOrders.class.getName());
  private static final String CHANGED_AGAIN =
      "Odoo changed the order again while its edits were merged; next attempt merges again";

  private final Outbox outbox;
  private final OrderBindings bindings;
  private final PurchaseOrderReader orders;
  private final OrderExporter exporter;
  private final PushOutcomes outcomes;
  private final PushMetrics metrics;
  private final PushSettings settings;
  private final OdooEditsFirst odooEdits;
  private final OdooDatabaseGuard odooDatabase;
  private final DeletionMeetsOdooEdit deletions;

  @Inject
  public BatchSyncPendingOrders(
      Outbox outbox,
      OrderBindings bindings,
      PurchaseOrderReader orders,
      OrderExporter exporter,
      PushOutcomes outcomes,
      PushMetrics metrics,
      PushSettings settings,
      OdooEditsFirst odooEdits,
      OdooDatabaseGuard odooDatabase,
      DeletionMeetsOdooEdit deletions) {
    this.outbox = outbox;
    this.bindings = bindings;
    this.orders = orders;
    this.exporter = exporter;
    this.outcomes = outcomes;
    this.metrics = metrics;
    this.settings = settings;
    this.odooEdits = odooEdits;
    this.odooDatabase = odooDatabase;
    this.deletions = deletions;
  }

  /** For CDI's client proxy. */
  protected BatchSyncPendingOrders() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  /** One batch of up to {@code sync.push.batch-size} orders. */
  public BatchSyncResult batchSyncPendingOrders() {
    return push(outbox.claim(settings.batchSize(), settings.lease()));
  }

  /** Pushes one order now, whether or not anything is pending for it. */
  public SyncResult syncPurchaseOrderToOdoo(UUID orderId) {
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
    Optional<BatchSyncResult> held = unlessSameOdooDatabase(claims);
    if (held.isPresent()) {
      return held.get();
    }
    long start = System.nanoTime();
    Map<UUID, OrderToExport> work = load(claims.stream().map(OutboxClaim::orderId).toList());
    Map<UUID, Exported> exported = export(work.values());
    Set<UUID> parked = mergeOdooEdits(work, exported);
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    Map<UUID, SyncResult> results = new HashMap<>();
    List<PushOutcomes.Synced> synced = new ArrayList<>();
    for (OutboxClaim claim : claims) {
      UUID id = claim.orderId();
      Exported e = exported.get(id);
      if (e == null) {
        e = Exported.failed(id, new IllegalStateException("no export result"));
      }
      if (parked.contains(id)) {
        results.put(id, settling(claim, () -> outcomes.parked(claim)));
      } else if (e.succeeded()) {
        synced.add(new PushOutcomes.Synced(claim, e.binding(), work.get(id).order()));
      } else {
        PushFailure failure = PushFailure.of(e.failure());
        results.put(id, settling(claim, () -> outcomes.failed(claim, failure)));
      }
    }
    settleSynced(synced, latency).forEach(r -> results.put(r.orderId(), r));
    return BatchSyncResult.of(
        claims.stream().map(c -> results.get(c.orderId())).toList(), latency.toMillis());
  }

  /**
   * Nothing is sent before the Odoo answering is known to be the one the bindings belong to: when
   * another answers, the claims are held (no attempt counted) with the reason; when Odoo cannot be
   * asked, they fail as any push that cannot reach Odoo.
   */
  private Optional<BatchSyncResult> unlessSameOdooDatabase(List<OutboxClaim> claims) {
    Function<OutboxClaim, SyncResult> outcome;
    try {
      odooDatabase.requireSameDatabase();
      return Optional.empty();
    } catch (OdooDatabaseChangedException changed) {
      outcome = claim -> outcomes.held(claim, changed.getMessage());
    } catch (RuntimeException unverified) {
      PushFailure failure = PushFailure.of(unverified);
      outcome = claim -> outcomes.failed(claim, failure);
    }
    List<SyncResult> results = new ArrayList<>();
    for (OutboxClaim claim : claims) {
      results.add(settling(claim, () -> outcome.apply(claim)));
    }
    return Optional.of(BatchSyncResult.of(results, 0));
  }

  /** The orders and their bindings as they are now, in claim order (a few queries for all). */
  private Map<UUID, OrderToExport> load(List<UUID> orderIds) {
    Map<UUID, PurchaseOrderSnapshot> found = orders.findAll(orderIds);
    Map<UUID, OrderBinding> bound = bindings.findAll(orderIds);
    Map<UUID, OrderToExport> work = new LinkedHashMap<>();
    for (UUID id : orderIds) {
      work.put(
          id,
          new OrderToExport(
              id, Optional.ofNullable(found.get(id)), Optional.ofNullable(bound.get(id))));
    }
    return work;
  }

  private Map<UUID, Exported> export(Collection<OrderToExport> work) {
    Map<UUID, Exported> exported = new HashMap<>();
    try {
      exporter.export(List.copyOf(work)).forEach(e -> exported.put(e.orderId(), e));
    } catch (RuntimeException unexpected) {
      LOG.log(Level.WARNING, "Push batch failed as a whole", unexpected);
      work.forEach(w -> exported.put(w.orderId(), Exported.failed(w.orderId(), unexpected)));
    }
    return exported;
  }

  /**
   * Orders Odoo changed since their binding get Odoo's edits merged in first, then one more export
   * (of the merged order, with the binding the merge left). Returns the orders a conflict parked.
   * An order Odoo changes again in between fails this attempt and is retried.
   */
  private Set<UUID> mergeOdooEdits(Map<UUID, OrderToExport> work, Map<UUID, Exported> exported) {
    Map<Long, UUID> changed = new LinkedHashMap<>();
    Map<UUID, Instant> deleted = new LinkedHashMap<>();
    exported.values().stream()
        .filter(Exported::changedInOdoo)
        .forEach(
            e -> {
              if (work.get(e.orderId()).order().isEmpty()) {
                deleted.put(e.orderId(), e.odooWriteDate());
              } else {
                changed.put(work.get(e.orderId()).binding().orElseThrow().odooId(), e.orderId());
              }
            });
    Set<UUID> parked = new HashSet<>();
    if (changed.isEmpty() && deleted.isEmpty()) {
      return parked;
    }
    List<UUID> again = new ArrayList<>();
    deleted.forEach(
        (id, odooWriteDate) -> settleDeletion(id, odooWriteDate, exported, parked, again));
    for (OdooEditsFirst.Merged merged :
        changed.isEmpty() ? List.<OdooEditsFirst.Merged>of() : odooEdits.merge(changed)) {
      UUID id = merged.orderId();
      if (merged.failure() != null) {
        exported.put(id, Exported.failed(id, merged.failure()));
      } else if (merged.parked()) {
        parked.add(id);
      } else {
        again.add(id);
      }
    }
    Map<UUID, OrderToExport> merged = load(again);
    work.putAll(merged);
    export(merged.values())
        .forEach(
            (id, e) ->
                exported.put(
                    id,
                    e.changedInOdoo()
                        ? Exported.failed(id, new IllegalStateException(CHANGED_AGAIN))
                        : e));
    return parked;
  }

  /**
   * A deleted order whose Odoo order changed since its binding: nothing was removed; the conflict
   * on its existence is recorded, and its policy parks the push, removes Odoo's order now (one more
   * export), or keeps it (the deletion is settled).
   */
  private void settleDeletion(
      UUID id,
      Instant odooWriteDate,
      Map<UUID, Exported> exported,
      Set<UUID> parked,
      List<UUID> again) {
    try {
      switch (deletions.settle(id, odooWriteDate)) {
        case PARKED -> parked.add(id);
        case DELETE_IN_ODOO -> again.add(id);
        case KEEP_IN_ODOO -> exported.put(id, Exported.synced(id, null));
      }
    } catch (RuntimeException notSettled) {
      exported.put(id, Exported.failed(id, notSettled));
    }
  }

  /**
   * The pushed orders are settled together, in one transaction; when that fails (one order's
   * binding clashes, say), one by one, so that one order holds back no other.
   */
  private List<SyncResult> settleSynced(List<PushOutcomes.Synced> synced, Duration latency) {
    if (synced.isEmpty()) {
      return List.of();
    }
    List<SyncResult> settled;
    try {
      settled = outcomes.syncedAll(synced);
    } catch (RuntimeException together) {
      LOG.log(
          Level.WARNING,
          "Settling " + synced.size() + " pushed orders together failed; one by one now",
          together);
      settled = synced.stream().map(s -> settling(s.claim(), () -> outcomes.synced(s))).toList();
    }
    Map<UUID, OutboxClaim> claims = new HashMap<>();
    synced.forEach(s -> claims.put(s.claim().orderId(), s.claim()));
    settled.stream()
        .filter(r -> r.status() == SyncStatus.SYNCED)
        .forEach(
            r -> {
              metrics.succeeded(claims.get(r.orderId()), latency);
              PushLog.pushed(claims.get(r.orderId()), r, latency);
            });
    return settled;
  }

  /**
   * Settles one claimed order; when that fails, the failure itself is recorded (a dead letter with
   * its reason, or a counted retry for a database that may come back), so that no order is left
   * pending in silence with a push that comes back to the same failure for ever. Only when the
   * database refuses that too does the claim stay as it is: its lease runs out and the next attempt
   * repeats the (idempotent) push.
   */
  private SyncResult settling(OutboxClaim claim, Supplier<SyncResult> settle) {
    try {
      return settle.get();
    } catch (RuntimeException notSettled) {
      PushFailure failure = PushFailure.ofSettling(notSettled);
      LOG.log(
          Level.WARNING,
          "Could not settle the push of order " + claim.orderId() + ": " + failure.message(),
          notSettled);
      metrics.settlingFailed(failure);
      try {
        return outcomes.failed(claim, failure);
      } catch (RuntimeException notRecorded) {
        LOG.log(
            Level.SEVERE,
            "Could not record the failed settling of order "
                + claim.orderId()
                + " either; it is retried when its lease runs out",
            notRecorded);
        return new SyncResult(
            claim.orderId(),
            SyncStatus.RETRYING,
            null,
            null,
            failure.type().name(),
            failure.message());
      }
    }
  }
}
