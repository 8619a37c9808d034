package net.orderbridge.sync.application.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.sync.application.odoo.OdooUnavailableException;

/**
 * The pull use cases: a poll of every order Odoo changed since the cursor, and the pull of one
 * order (what a webhook hint asks for).
 *
 * <p>Odoo's {@code write_date} is the start of the writing transaction, to the second: a
 * transaction that started earlier can commit after we read past its {@code write_date}. So each
 * poll starts {@code sync.pull.overlap} (at least Odoo's 120 s request limit) before the cursor and
 * pages by keyset on ({@code write_date}, {@code id}); records read again are recognised by the
 * binding's {@code write_date} and the agreed snapshot. The cursor moves only after a page is
 * applied.
 */
@ApplicationScoped
public class PullPurchaseOrders {
  private static final Logger LOG = Logger.getLogger(PullPurchaseOrders.class.getName());

  @Inject OdooPurchaseOrders odoo;
  @Inject PullOneOrder one;
  @Inject PullState state;
  @Inject PullSettings settings;
  @Inject PullMetrics metrics;
  @Inject PulledVersions versions;

  private final ReentrantLock polling = new ReentrantLock();

  public PollResult pollOnce() {
    try {
      if (!polling.tryLock(2, TimeUnit.MINUTES)) {
        return new PollResult(0, Map.of(), 0);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PollResult(0, Map.of(), 0);
    }
    try {
      return poll();
    } finally {
      polling.unlock();
    }
  }

  private PollResult poll() {
    PullState.Cursor cursor = state.cursor().orElse(new PullState.Cursor(Instant.EPOCH, 0));
    Instant since = cursor.writeDate().minus(settings.overlap());
    if (since.isBefore(Instant.EPOCH)) {
      since = Instant.EPOCH;
    }
    Map<PullOneOrder.Outcome, Integer> outcomes = new EnumMap<>(PullOneOrder.Outcome.class);
    int read = 0;
    int failed = 0;
    Instant afterWriteDate = null;
    long afterId = 0;
    while (true) {
      List<RemoteOrder> page =
          odoo.findOrdersModifiedSince(since, afterWriteDate, afterId, settings.pageSize());
      for (Optional<PullOneOrder.Outcome> outcome : applyAll(page)) {
        outcome.ifPresent(o -> outcomes.merge(o, 1, Integer::sum));
        failed += outcome.isEmpty() ? 1 : 0;
      }
      read += page.size();
      if (page.isEmpty()) {
        break;
      }
      RemoteOrder last = page.get(page.size() - 1);
      afterWriteDate = last.writeDate();
      afterId = last.odooId();
      state.advance(new PullState.Cursor(afterWriteDate, afterId));
      if (page.size() < settings.pageSize()) {
        break;
      }
    }
    versions.forgetOlderThan(since);
    return new PollResult(read, outcomes, failed);
  }

  /**
   * Pulls one Odoo order now; empty when Odoo has no such order. An order the import left out is
   * judged afresh.
   */
  public Optional<PullOneOrder.Outcome> syncPurchaseOrderFromOdoo(long odooId) {
    versions.forget(odooId);
    return odoo.find(odooId).flatMap(this::applySafely);
  }

  /** The pull's settings and where it stands, for operators. */
  public PullStanding standing() {
    Optional<PullState.Cursor> cursor = state.cursor();
    return new PullStanding(
        settings.importMode().text(),
        cursor.map(PullState.Cursor::writeDate).orElse(null),
        cursor.map(PullState.Cursor::odooId).orElse(null),
        settings.interval(),
        settings.overlap(),
        settings.pageSize(),
        versions.countLeftOut());
  }

  /**
   * Pulls the orders of pending webhook hints and marks them processed. A hint about an order Odoo
   * does not have is settled only when {@code settleMissing} (the timer's sweep).
   */
  public int processPendingHints(boolean settleMissing) {
    int done = 0;
    for (long odooId : state.pendingHints(100)) {
      if (processHint(odooId, settleMissing)) {
        done++;
      }
    }
    return done;
  }

  public boolean processHint(long odooId, boolean settleMissing) {
    Optional<RemoteOrder> order = odoo.find(odooId);
    if (order.isEmpty() && !settleMissing) {
      return false;
    }
    order.ifPresent(o -> applyAll(List.of(o)));
    state.hintProcessed(odooId);
    metrics.webhookPull();
    return true;
  }

  /**
   * Applies orders read from Odoo, one transaction each, passing by the versions judged already
   * (the overlap window, repeated webhooks): one look-up for all of them instead of a transaction
   * per order. Empty for an order that failed.
   */
  private List<Optional<PullOneOrder.Outcome>> applyAll(List<RemoteOrder> orders) {
    Map<Long, PulledVersions.Version> judged =
        versions.find(orders.stream().map(RemoteOrder::odooId).toList());
    ImportMode mode = currentModeOrNull();
    List<Optional<PullOneOrder.Outcome>> outcomes = new ArrayList<>();
    for (RemoteOrder order : orders) {
      PulledVersions.Version seen = judged.get(order.odooId());
      if (seen != null && seen.covers(order, mode)) {
        PullOneOrder.Outcome again =
            seen.skipReason() == null
                ? PullOneOrder.Outcome.UNCHANGED
                : PullOneOrder.Outcome.SKIPPED;
        metrics.pulled(again, order.writeDate());
        outcomes.add(Optional.of(again));
      } else {
        outcomes.add(applySafely(order));
      }
    }
    return outcomes;
  }

  /** The import mode, or null when the setting is broken (each import then says why it fails). */
  private ImportMode currentModeOrNull() {
    try {
      return settings.importMode();
    } catch (IllegalArgumentException broken) {
      return null;
    }
  }

  /** Applies one order; Odoo being unreachable stops the poll, anything else skips the order. */
  private Optional<PullOneOrder.Outcome> applySafely(RemoteOrder order) {
    try {
      PullOneOrder.Outcome outcome = one.apply(order);
      metrics.pulled(outcome, order.writeDate());
      return Optional.of(outcome);
    } catch (OdooUnavailableException down) {
      throw down;
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING,
          "Pull of Odoo purchase.order " + order.odooId() + " failed: " + failed.getMessage(),
          failed);
      return Optional.empty();
    }
  }
}
