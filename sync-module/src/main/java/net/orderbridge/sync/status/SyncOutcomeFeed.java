package net.orderbridge.sync.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;
import net.orderbridge.sync.outcome.SyncOutcome;

/**
 * Hands every committed {@link SyncOutcome} of this instance to the listeners that subscribed (the
 * open event streams). The push reports through the order's {@code sync} block ({@link
 * PurchaseOrderSyncStateChanged}); the pull and the conflicts fire {@link SyncOutcome} themselves.
 * A rolled-back transaction tells nothing. A listener that throws is dropped.
 */
@ApplicationScoped
public class SyncOutcomeFeed {
  private static final Logger LOG = Logger.getLogger(SyncOutcomeFeed.class.getName());

  private final List<Consumer<SyncOutcome>> listeners = new CopyOnWriteArrayList<>();

  /** Starts telling {@code listener}; returns what stops it. */
  public Runnable subscribe(Consumer<SyncOutcome> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public int listeners() {
    return listeners.size();
  }

  void outcome(@Observes(during = TransactionPhase.AFTER_SUCCESS) SyncOutcome outcome) {
    tell(outcome);
  }

  void reported(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseOrderSyncStateChanged report) {
    fromReport(report).ifPresent(this::tell);
  }

  void reportedTogether(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseOrderSyncStatesChanged reports) {
    reports.reports().forEach(this::reported);
  }

  /** The push's standings as outcomes; {@code PENDING} and {@code CONFLICT} say nothing new. */
  static Optional<SyncOutcome> fromReport(PurchaseOrderSyncStateChanged report) {
    SyncOutcome.Kind kind =
        switch (report.status()) {
          case SYNCED -> SyncOutcome.Kind.PUSHED;
          case RETRYING -> SyncOutcome.Kind.RETRYING;
          case FAILED -> SyncOutcome.Kind.FAILED;
          case DELETED_IN_ODOO -> SyncOutcome.Kind.DELETED_IN_ODOO;
          case PENDING, DEFERRED, CONFLICT -> null;
        };
    return Optional.ofNullable(kind)
        .map(
            k ->
                new SyncOutcome(
                    report.orderId(),
                    k,
                    report.odooId(),
                    report.odooName(),
                    report.lastError(),
                    report.occurredAt()));
  }

  private void tell(SyncOutcome outcome) {
    for (Consumer<SyncOutcome> listener : listeners) {
      try {
        listener.accept(outcome);
      } catch (RuntimeException gone) {
        listeners.remove(listener);
        LOG.log(Level.FINE, "Dropped a sync outcome listener", gone);
      }
    }
  }
}
