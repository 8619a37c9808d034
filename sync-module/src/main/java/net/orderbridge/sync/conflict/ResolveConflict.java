package net.orderbridge.sync.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.orderbridge.purchaseorder.api.OrderAudit;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.event.PurchaseOrderChanged;
import net.orderbridge.shared.event.PurchaseOrderEvent;
import net.orderbridge.sync.outcome.SyncOutcome;

/**
 * A person settles an open conflict: {@code REMOTE} takes Odoo's value, {@code LOCAL} keeps ours,
 * {@code MERGED} takes a given value. Our order gets the chosen value, the base takes Odoo's
 * current value (so only our side differs), and a push brings the choice to Odoo once the last open
 * conflict of the order is closed. A conflict on a deleted order's existence is settled by {@link
 * DeletionMeetsOdooEdit}.
 */
@ApplicationScoped
public class ResolveConflict {
  private final SyncConflicts conflicts;
  private final PurchaseOrderReader reader;
  private final LocalOrderChanges changes;
  private final MergeBases state;
  private final net.orderbridge.supplier.api.Catalogue catalogue;
  private final ConflictMetrics metrics;
  private final Event<PurchaseOrderEvent> events;
  private final Clock clock;
  private final Event<SyncOutcome> outcomes;
  private final DeletionMeetsOdooEdit deletions;
  private final OrderAudit audit;

  @Inject
  public ResolveConflict(
      SyncConflicts conflicts,
      PurchaseOrderReader reader,
      LocalOrderChanges changes,
      MergeBases state,
      net.orderbridge.supplier.api.Catalogue catalogue,
      ConflictMetrics metrics,
      Event<PurchaseOrderEvent> events,
      Clock clock,
      Event<SyncOutcome> outcomes,
      DeletionMeetsOdooEdit deletions,
      OrderAudit audit) {
    this.conflicts = conflicts;
    this.reader = reader;
    this.changes = changes;
    this.state = state;
    this.catalogue = catalogue;
    this.metrics = metrics;
    this.events = events;
    this.clock = clock;
    this.outcomes = outcomes;
    this.deletions = deletions;
    this.audit = audit;
  }

  /** For CDI's client proxy. */
  protected ResolveConflict() {
    this(null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Settles the conflict; what it changes in our order is audited as {@value #RESOLVED} by the
   * person who settled it, naming the field and the side that won.
   */
  @Transactional
  public SyncConflict resolve(long id, SyncConflict.Choice choice, String merged, String by) {
    SyncConflict conflict =
        conflicts.lock(id).orElseThrow(() -> ApplicationProblem.notFound("No conflict " + id));
    if (!conflict.isOpen()) {
      throw ApplicationProblem.conflict("Conflict " + id + " is resolved already.");
    }
    OrderAudit.Origin origin =
        new OrderAudit.Origin(
            "sync:conflict",
            RESOLVED,
            "conflict " + id + " on " + conflict.path() + ": " + won(choice));
    return audit.attributed(origin, () -> settle(conflict, origin, choice, merged, by));
  }

  static final String RESOLVED = "CONFLICT_RESOLVED";

  private static String won(SyncConflict.Choice choice) {
    return switch (choice) {
      case LOCAL -> "ours kept (LOCAL)";
      case REMOTE -> "Odoo's taken (REMOTE)";
      case MERGED -> "a merged value (MERGED)";
    };
  }

  private SyncConflict settle(
      SyncConflict conflict,
      OrderAudit.Origin origin,
      SyncConflict.Choice choice,
      String merged,
      String by) {
    if (conflict.group() == FieldGroup.EXISTENCE) {
      deletions.resolve(conflict, choice);
      audit.note(List.of(conflict.orderId()), RESOLVED, origin.detail());
      SyncConflict resolved =
          conflict.resolve(choice, conflict.valueOf(choice, null), by, clock.instant());
      conflicts.store(resolved);
      metrics.resolvedByHand();
      ConflictLog.resolved(resolved);
      return resolved;
    }
    if (choice == SyncConflict.Choice.MERGED && merged == null) {
      throw ApplicationProblem.invalid("values", "MERGED needs the value of " + conflict.path());
    }
    PurchaseOrderSnapshot local =
        reader
            .find(conflict.orderId())
            .orElseThrow(() -> ApplicationProblem.notFound("No order " + conflict.orderId()));
    String value = conflict.valueOf(choice, merged);
    SyncedFields ours =
        OrderFields.local(
            local,
            p -> catalogue.odooIdOf(new net.orderbridge.shared.domain.ProductId(p)).orElse(0L));
    if (value != null && removedHere(conflict.path(), ours)) {
      throw ApplicationProblem.conflict(
          "The line of "
              + conflict.path()
              + " is no longer in our order, so "
              + won(choice)
              + " has no line to go to. Choose the side without the line (it is removed in Odoo"
              + " too), or add the line to the order again first and then keep ours.");
    }
    if (!Objects.equals(ours.get(conflict.path()), value)) {
      Map<String, String> change = new HashMap<>();
      change.put(conflict.path(), value);
      if (value == null && conflict.path().startsWith("lines/")) {
        // the side without the line won: the whole line goes, not just this field of it
        String line = OrderFields.linePrefix(conflict.path());
        ours.values().keySet().stream()
            .filter(p -> p.startsWith(line))
            .forEach(p -> change.put(p, null));
      }
      changes.apply(local, ours, change, Map.of());
    } else {
      events.fire(new PurchaseOrderChanged(local.id(), clock.instant()));
    }
    SyncedFields base = state.snapshot(conflict.orderId()).orElse(ours);
    Map<String, String> agreed = new HashMap<>();
    agreed.put(conflict.path(), conflict.remote());
    state.storeSnapshot(conflict.orderId(), base.with(agreed), null);
    SyncConflict resolved = conflict.resolve(choice, value, by, clock.instant());
    conflicts.store(resolved);
    metrics.resolvedByHand();
    ConflictLog.resolved(resolved);
    outcomes.fire(
        new SyncOutcome(
            conflict.orderId(),
            SyncOutcome.Kind.CONFLICT_SETTLED,
            null,
            null,
            conflict.path() + ": " + choice.name().toLowerCase(java.util.Locale.ROOT),
            clock.instant()));
    return resolved;
  }

  /** Whether the path is a field of a line our order no longer has. */
  private static boolean removedHere(String path, SyncedFields ours) {
    return path.startsWith("lines/") && ours.get(OrderFields.linePrefix(path) + "product") == null;
  }
}
