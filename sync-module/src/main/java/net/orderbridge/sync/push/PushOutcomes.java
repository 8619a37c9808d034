package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBindings;
import net.orderbridge.sync.conflict.AgreedWithOdoo;
import net.orderbridge.sync.log.SyncLogEntry;
import net.orderbridge.sync.odoo.ErrorType;

/**
 * Settles one claimed order after its push, in a transaction of its own: the binding, the outbox
 * messages and the order's {@code sync} block (through {@link PurchaseOrderSyncStateChanged})
 * change together.
 */
@ApplicationScoped
public class PushOutcomes {
  private static final Logger LOG = Logger.getLogger(PushOutcomes.class.getName());
  static final String CONFLICT = SyncStatus.CONFLICT.name();
  static final String ODOO_DATABASE = "ODOO_DATABASE";

  private final Outbox outbox;
  private final OrderBindings bindings;
  private final Event<PurchaseOrderSyncStateChanged> states;
  private final Event<PurchaseOrderSyncStatesChanged> manyStates;
  private final Clock clock;
  private final PushSettings settings;
  private final PushMetrics metrics;
  private final CircuitWatch circuit;
  private final Event<AgreedWithOdoo> agreements;

  @Inject
  public PushOutcomes(
      Outbox outbox,
      OrderBindings bindings,
      Event<PurchaseOrderSyncStateChanged> states,
      Event<PurchaseOrderSyncStatesChanged> manyStates,
      Clock clock,
      PushSettings settings,
      PushMetrics metrics,
      CircuitWatch circuit,
      Event<AgreedWithOdoo> agreements) {
    this.outbox = outbox;
    this.bindings = bindings;
    this.states = states;
    this.manyStates = manyStates;
    this.clock = clock;
    this.settings = settings;
    this.metrics = metrics;
    this.circuit = circuit;
    this.agreements = agreements;
  }

  /** For CDI's client proxy. */
  protected PushOutcomes() {
    this(null, null, null, null, null, null, null, null, null);
  }

  /**
   * One order Odoo now has as we pushed it.
   *
   * @param binding the binding to keep, empty when the order is gone on both sides
   * @param order the order as it was pushed: the new agreed base of the three-way merge
   */
  public record Synced(
      OutboxClaim claim, Optional<OrderBinding> binding, Optional<PurchaseOrderSnapshot> order) {}

  /** Settles one pushed order (the caller counts it once this committed). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SyncResult synced(Synced pushed) {
    return settle(List.of(pushed)).get(0);
  }

  /**
   * Settles many pushed orders in one transaction, a few statements for all their bindings and
   * messages: when it fails, none is settled, and the caller settles them one by one. The caller
   * counts them once this committed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<SyncResult> syncedAll(List<Synced> pushed) {
    return settle(pushed);
  }

  private List<SyncResult> settle(List<Synced> pushed) {
    odooAnswered();
    List<OrderBinding> kept = new ArrayList<>();
    for (Synced s : pushed) {
      s.binding().ifPresentOrElse(kept::add, () -> bindings.remove(s.claim().orderId()));
    }
    bindings.storeAll(kept);
    outbox.completeAll(pushed.stream().map(Synced::claim).toList());
    Instant now = clock.instant();
    List<SyncResult> results = new ArrayList<>();
    List<PurchaseOrderSnapshot> agreed = new ArrayList<>();
    List<PurchaseOrderSyncStateChanged> reports = new ArrayList<>();
    for (Synced s : pushed) {
      UUID orderId = s.claim().orderId();
      OrderBinding b = s.binding().orElse(null);
      if (b != null) {
        s.order().ifPresent(agreed::add);
        reports.add(
            new PurchaseOrderSyncStateChanged(
                orderId, SyncStatus.SYNCED, b.odooId(), b.odooName(), now, null, now));
      }
      results.add(
          new SyncResult(
              orderId,
              SyncStatus.SYNCED,
              b == null ? null : b.odooId(),
              b == null ? null : b.odooName(),
              null,
              null));
    }
    agreements.fire(new AgreedWithOdoo(agreed));
    manyStates.fire(new PurchaseOrderSyncStatesChanged(reports));
    return results;
  }

  /**
   * The order's push waits: Odoo changed fields that we changed too, and a person must choose (the
   * open {@code SyncConflict} keeps the claim query away from the order until then). No attempt is
   * counted; nothing was sent.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SyncResult parked(OutboxClaim claim) {
    odooAnswered();
    Instant now = clock.instant();
    String why = "Odoo changed the same fields; waits for the conflict to be resolved";
    outbox.retryLater(claim, now, false, CONFLICT, why);
    metrics.parked();
    PushLog.parked(claim, why);
    states.fire(
        new PurchaseOrderSyncStateChanged(
            claim.orderId(), SyncStatus.CONFLICT, null, null, null, why, now));
    return new SyncResult(claim.orderId(), SyncStatus.CONFLICT, null, null, CONFLICT, why);
  }

  /**
   * The order's push waits because another Odoo database answers than the one its binding belongs
   * to: nothing was sent, no attempt is counted, the message says why; it is tried again after
   * {@code sync.push.deferral} (and at once after an operator's re-bind).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SyncResult held(OutboxClaim claim, String why) {
    outbox.retryLater(claim, clock.instant().plus(settings.deferral()), false, ODOO_DATABASE, why);
    return new SyncResult(claim.orderId(), SyncStatus.DEFERRED, null, null, ODOO_DATABASE, why);
  }

  /**
   * When Odoo answers again after the circuit was open, the orders whose retries its outage pushed
   * back (exponential backoff, up to {@code sync.push.backoff.cap}) are due at once.
   */
  private void odooAnswered() {
    if (circuit.answered()) {
      int due = outbox.transientDueNow();
      LOG.info(() -> "Odoo answers again; " + due + " messages waiting out a backoff are due now");
    }
  }

  /**
   * A failed push. Transient failures back off exponentially and end in a dead letter after {@code
   * sync.push.max-attempts}, but an outage of Odoo costs no attempt once the circuit has opened: a
   * transient failure while no call has been answered since (a half-open probe that failed again)
   * waits out the backoff it had reached and keeps its count, so that an outage of any length grows
   * the backlog and dead-letters nothing. Only failures while Odoo answers others count.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SyncResult failed(OutboxClaim claim, PushFailure failure) {
    Instant now = clock.instant();
    metrics.failed(claim, failure);
    String type = failure.type().name();
    if (failure.circuitOpen()) {
      circuit.opened();
    }
    boolean outage =
        !failure.deferred()
            && failure.type() == ErrorType.TRANSIENT
            && CircuitWatch.OPEN.equals(circuit.state());
    boolean ends =
        !failure.deferred()
            && !outage
            && failure.endsRetries(claim.attempts(), settings.maxAttempts());
    PushLog.failed(
        claim,
        failure,
        failure.deferred() || outage
            ? SyncLogEntry.Level.DEBUG
            : ends ? SyncLogEntry.Level.ERROR : SyncLogEntry.Level.WARN,
        failure.deferred() ? "DEFERRED" : ends ? "FAILED" : "RETRYING",
        failure.deferred()
            ? ", deferred"
            : outage ? ", Odoo out, not counted" : ends ? ", dead-lettered" : "");
    if (failure.deferred()) {
      outbox.retryLater(claim, now.plus(settings.deferral()), false, type, failure.message());
      return result(claim, SyncStatus.DEFERRED, failure);
    }
    if (outage) {
      outbox.retryLater(claim, now.plus(backoff(claim.attempts())), false, type, failure.message());
      report(claim, SyncStatus.RETRYING, failure, now);
      return result(claim, SyncStatus.RETRYING, failure);
    }
    if (ends) {
      outbox.deadLetter(claim, type, failure.message());
      metrics.deadLettered();
      report(claim, SyncStatus.FAILED, failure, now);
      return result(claim, SyncStatus.FAILED, failure);
    }
    outbox.retryLater(
        claim, now.plus(backoff(claim.attempts() + 1)), true, type, failure.message());
    report(claim, SyncStatus.RETRYING, failure, now);
    return result(claim, SyncStatus.RETRYING, failure);
  }

  private Duration backoff(int attempt) {
    return settings.backoff().delay(Math.max(attempt, 1), ThreadLocalRandom.current()::nextDouble);
  }

  private void report(OutboxClaim claim, SyncStatus status, PushFailure failure, Instant now) {
    states.fire(
        new PurchaseOrderSyncStateChanged(
            claim.orderId(), status, null, null, null, failure.message(), now));
  }

  private static SyncResult result(OutboxClaim claim, SyncStatus status, PushFailure failure) {
    return new SyncResult(
        claim.orderId(), status, null, null, failure.type().name(), failure.message());
  }
}
