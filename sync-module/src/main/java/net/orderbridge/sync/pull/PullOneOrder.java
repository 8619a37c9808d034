package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import net.orderbridge.purchaseorder.api.OrderAudit;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBinding.LineBinding;
import net.orderbridge.sync.binding.OrderBindings;
import net.orderbridge.sync.conflict.ConflictLog;
import net.orderbridge.sync.conflict.ConflictMetrics;
import net.orderbridge.sync.conflict.FieldConflict;
import net.orderbridge.sync.conflict.MergeBases;
import net.orderbridge.sync.conflict.MergeOdooEdit;
import net.orderbridge.sync.conflict.MergePlan;
import net.orderbridge.sync.conflict.OrderFields;
import net.orderbridge.sync.conflict.SyncConflict;
import net.orderbridge.sync.conflict.SyncConflicts;
import net.orderbridge.sync.conflict.SyncedFields;
import net.orderbridge.sync.conflict.ThreeWayMerge;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import net.orderbridge.sync.outcome.SyncOutcome;

/**
 * One Odoo order pulled, in one transaction: merged three-way into its bound local order (binding
 * row locked), or imported when it was made in Odoo. The base is the snapshot agreed at the last
 * sync; a remote order equal to it is our own echo and changes nothing.
 */
@ApplicationScoped
public class PullOneOrder implements MergeOdooEdit {
  private static final Logger LOG = Logger.getLogger(PullOneOrder.class.getName());

  /** Whose changes a pull makes to our orders, for their audit trail. */
  static final OrderAudit.Origin BY_PULL =
      new OrderAudit.Origin("sync:pull", null, "pulled from Odoo");

  static final OrderAudit.Origin BY_PUSH =
      new OrderAudit.Origin("sync:push", null, "Odoo's edit merged before a push");
  static final String PULLED = "pulled";

  /** What became of a pulled order. */
  public enum Outcome {
    UNCHANGED,
    APPLIED,
    CONFLICT,
    IMPORTED,
    SKIPPED
  }

  private final BoundOrders boundOrders;
  private final MergeBases bases;
  private final PendingPushes pendingPushes;
  private final OrderBindings bindings;
  private final PurchaseOrderReader reader;
  private final LocalChanges changes;
  private final Catalogue catalogue;
  private final SyncConflicts conflicts;
  private final PullSettings settings;
  private final PullMetrics metrics;
  private final ConflictMetrics conflictMetrics;
  private final OrderImport imports;
  private final PulledVersions versions;
  private final Clock clock;
  private final Event<SyncOutcome> outcomes;
  private final OrderAudit audit;

  @Inject
  public PullOneOrder(
      BoundOrders boundOrders,
      MergeBases bases,
      PendingPushes pendingPushes,
      OrderBindings bindings,
      PurchaseOrderReader reader,
      LocalChanges changes,
      Catalogue catalogue,
      SyncConflicts conflicts,
      PullSettings settings,
      PullMetrics metrics,
      ConflictMetrics conflictMetrics,
      OrderImport imports,
      PulledVersions versions,
      Clock clock,
      Event<SyncOutcome> outcomes,
      OrderAudit audit) {
    this.boundOrders = boundOrders;
    this.bases = bases;
    this.pendingPushes = pendingPushes;
    this.bindings = bindings;
    this.reader = reader;
    this.changes = changes;
    this.catalogue = catalogue;
    this.conflicts = conflicts;
    this.settings = settings;
    this.metrics = metrics;
    this.conflictMetrics = conflictMetrics;
    this.imports = imports;
    this.versions = versions;
    this.clock = clock;
    this.outcomes = outcomes;
    this.audit = audit;
  }

  /** For CDI's client proxy. */
  protected PullOneOrder() {
    this(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  /** One order, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome apply(RemoteOrder remote) {
    return audit.attributed(BY_PULL, () -> applyHere(List.of(remote))).get(0);
  }

  /** {@link #apply} for the push: Odoo's edit merged before the push writes. */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Merge mergeOdooEdit(RemoteOrder remote) {
    Outcome outcome = audit.attributed(BY_PUSH, () -> applyHere(List.of(remote))).get(0);
    return new Merge(outcome.name(), outcome == Outcome.CONFLICT);
  }

  /**
   * Several orders, in their order, in one transaction: all of them or none. Any failure rolls the
   * lot back and reaches the caller, which then applies them one by one to keep the others. Saves
   * the cost of a transaction per order when a poll brings many changes at once (an import of
   * thousands of orders made in Odoo), and the bound orders' bindings are locked and read, their
   * agreed snapshots read and their judged versions remembered in a few statements for the whole
   * run: our own pushes coming back, the bulk of a poll after a push, cost no statement of their
   * own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Outcome> applyTogether(List<RemoteOrder> remotes) {
    return audit.attributed(BY_PULL, () -> applyHere(remotes));
  }

  private List<Outcome> applyHere(List<RemoteOrder> remotes) {
    Map<Long, UUID> bound = boundOrders.lock(remotes.stream().map(RemoteOrder::odooId).toList());
    Map<UUID, OrderBinding> bindingOf = bindings.findAll(bound.values());
    Map<UUID, SyncedFields> agreedOf = bases.snapshots(bound.values());
    List<PulledVersions.Version> judged = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (RemoteOrder remote : remotes) {
      UUID orderId = bound.get(remote.odooId());
      if (orderId == null) {
        outcomes.add(imports.importIfNew(remote));
        continue;
      }
      OrderBinding binding = Optional.ofNullable(bindingOf.get(orderId)).orElseThrow();
      Outcome outcome = merge(orderId, binding, Optional.ofNullable(agreedOf.get(orderId)), remote);
      if (outcome != Outcome.SKIPPED) {
        judged.add(PulledVersions.Version.judged(remote, outcome));
      }
      outcomes.add(outcome);
    }
    versions.rememberAll(judged);
    return outcomes;
  }

  /**
   * @param binding the order's binding, locked
   * @param agreed the snapshot both sides last agreed on, if any
   */
  private Outcome merge(
      UUID orderId, OrderBinding binding, Optional<SyncedFields> agreed, RemoteOrder remote) {
    long startNanos = System.nanoTime();
    if (binding.writeDate() != null && remote.writeDate().isBefore(binding.writeDate())) {
      return Outcome.SKIPPED;
    }
    Map<Long, UUID> lineOf = new HashMap<>();
    binding.lines().forEach((line, b) -> lineOf.put(b.odooLineId(), line));
    SyncedFields remoteFields = OrderFields.remote(remote, lineOf::get);
    if (agreed.isPresent() && remoteFields.equals(agreed.get())) {
      // Odoo holds what both sides last agreed on (our own push coming back, mostly): nothing to
      // apply, whatever the local order is now, so it is not even read
      return Outcome.UNCHANGED;
    }
    Optional<PurchaseOrderSnapshot> found = reader.find(orderId);
    if (found.isEmpty()) {
      return Outcome.SKIPPED;
    }
    PurchaseOrderSnapshot local = found.get();
    SyncedFields localFields = OrderFields.local(local, this::odooProduct);
    SyncedFields base =
        agreed.orElseGet(() -> pendingPushes.existFor(orderId) ? remoteFields : localFields);
    if (remoteFields.equals(base)) {
      return Outcome.UNCHANGED;
    }
    MergePlan plan = ThreeWayMerge.plan(base, localFields, remoteFields, settings.policies());
    Map<String, String> descriptions = new HashMap<>();
    remote
        .lines()
        .forEach(l -> descriptions.put(OrderFields.NEW + l.odooLineId(), l.description()));
    PullLog.applied(orderId, remote.odooId(), plan, startNanos);
    Map<String, String> applyHere = bringBackLinesRemovedHere(local, plan.applyLocally(), lineOf);
    SyncedFields odooNow =
        applyHere == plan.applyLocally() ? remoteFields : OrderFields.remote(remote, lineOf::get);
    changes.apply(local, localFields, applyHere, descriptions);
    Map<Long, UUID> newLines = adoptNewLines(orderId, local, remote, lineOf);
    Map<UUID, LineBinding> lines = new HashMap<>();
    for (RemoteOrder.Line line : remote.lines()) {
      UUID ours = lineOf.containsKey(line.odooLineId()) ? lineOf.get(line.odooLineId()) : null;
      if (ours != null) {
        lines.put(ours, binding.lines().get(ours));
      } else if (newLines.containsKey(line.odooLineId())) {
        lines.put(newLines.get(line.odooLineId()), new LineBinding(line.odooLineId(), PULLED));
      }
    }
    bindings.store(
        new OrderBinding(
            orderId,
            binding.externalKey(),
            binding.odooId(),
            remote.name(),
            remote.writeDate(),
            binding.hash(),
            remote.state(),
            remote.locked(),
            clock.instant(),
            lines));
    Map<String, String> keepBase = new HashMap<>();
    plan.manual().forEach(c -> keepBase.put(c.path(), c.base()));
    bases.storeSnapshot(
        orderId, OrderFields.rekeyed(odooNow.with(keepBase), newLines), remote.writeDate());
    recordConflicts(orderId, plan);
    outcomes.fire(
        new SyncOutcome(
            orderId,
            SyncOutcome.Kind.PULLED,
            binding.odooId(),
            remote.name(),
            "from Odoo: " + plan.applyLocally().keySet(),
            clock.instant()));
    if (!plan.pushToOdoo().isEmpty() && !pendingPushes.existFor(orderId)) {
      LOG.warning(
          () ->
              "Order "
                  + orderId
                  + " differs from Odoo in "
                  + plan.pushToOdoo().keySet()
                  + " without a pending push");
    }
    return plan.parked() ? Outcome.CONFLICT : Outcome.APPLIED;
  }

  private void recordConflicts(UUID orderId, MergePlan plan) {
    List<FieldConflict> all = new ArrayList<>(plan.settledByPolicy());
    all.addAll(plan.manual());
    for (FieldConflict found : all) {
      SyncConflict detected = SyncConflict.detected(orderId, found, clock.instant());
      conflicts.record(detected);
      ConflictLog.detected(detected);
      conflictMetrics.conflictDetected(found.group(), found.policy());
      if (plan.manual().contains(found)) {
        outcomes.fire(
            new SyncOutcome(
                orderId,
                SyncOutcome.Kind.CONFLICT_OPENED,
                null,
                null,
                found.path(),
                clock.instant()));
      }
    }
  }

  /**
   * A line removed here that Odoo's side brings back (Odoo changed it meanwhile and wins) comes
   * back as a new line of ours, bound to its Odoo line like a line made in Odoo: our removed line's
   * id cannot be given again. Forgets the removed line's binding in {@code lineOf}.
   *
   * @return the changes to apply here, the given ones when no line comes back
   */
  private static Map<String, String> bringBackLinesRemovedHere(
      PurchaseOrderSnapshot local, Map<String, String> changes, Map<Long, UUID> lineOf) {
    List<UUID> ours = local.lines().stream().map(PurchaseOrderSnapshot.Line::lineId).toList();
    Map<String, String> renamed = null;
    for (Map.Entry<Long, UUID> bound : List.copyOf(lineOf.entrySet())) {
      String was = "lines/" + bound.getValue() + "/";
      if (ours.contains(bound.getValue()) || changes.get(was + "product") == null) {
        continue;
      }
      Map<String, String> next = new HashMap<>();
      String now = "lines/" + OrderFields.NEW + bound.getKey() + "/";
      (renamed == null ? changes : renamed)
          .forEach(
              (path, value) ->
                  next.put(
                      path.startsWith(was) ? now + path.substring(was.length()) : path, value));
      renamed = next;
      lineOf.remove(bound.getKey());
    }
    return renamed == null ? changes : renamed;
  }

  /** Binds the local lines the apply created to the Odoo lines they came from. */
  private Map<Long, UUID> adoptNewLines(
      UUID orderId, PurchaseOrderSnapshot before, RemoteOrder remote, Map<Long, UUID> lineOf) {
    List<RemoteOrder.Line> unbound =
        new ArrayList<>(
            remote.lines().stream().filter(l -> !lineOf.containsKey(l.odooLineId())).toList());
    Map<Long, UUID> adopted = new HashMap<>();
    if (unbound.isEmpty()) {
      return adopted;
    }
    List<UUID> known = before.lines().stream().map(PurchaseOrderSnapshot.Line::lineId).toList();
    PurchaseOrderSnapshot after = reader.find(orderId).orElseThrow();
    adopted.putAll(match(after, known, unbound));
    return adopted;
  }

  /** First-fit on product, quantity and price of the local lines not in {@code known}. */
  Map<Long, UUID> match(
      PurchaseOrderSnapshot order, List<UUID> known, List<RemoteOrder.Line> candidates) {
    Map<Long, UUID> matched = new HashMap<>();
    List<RemoteOrder.Line> left = new ArrayList<>(candidates);
    for (PurchaseOrderSnapshot.Line line : order.lines()) {
      if (known.contains(line.lineId())) {
        continue;
      }
      for (RemoteOrder.Line odoo : left) {
        if (odoo.productId() == odooProduct(line.productId())
            && odoo.quantity().compareTo(line.quantity()) == 0) {
          matched.put(odoo.odooLineId(), line.lineId());
          left.remove(odoo);
          break;
        }
      }
    }
    return matched;
  }

  long odooProduct(UUID productId) {
    return catalogue
        .odooIdOf(new ProductId(productId))
        .orElseThrow(
            () -> new OdooMappingException(null, "product " + productId + " has no Odoo id"));
  }
}
