package net.orderbridge.sync.application.pull;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
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

  /** Fewer orders than this are not worth a thread of their own. */
  private static final int MIN_RUN = 10;

  @Resource ManagedExecutorService executor;

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
   * Applies orders read from Odoo, passing by the versions judged already (the overlap window,
   * repeated webhooks) with one look-up for all of them. The others are applied together in one
   * transaction; when that fails, one by one, so that one order at fault does not hold back the
   * rest. Empty for an order that failed.
   */
  private List<Optional<PullOneOrder.Outcome>> applyAll(List<RemoteOrder> orders) {
    Map<Long, PulledVersions.Version> judged =
        versions.find(orders.stream().map(RemoteOrder::odooId).toList());
    ImportMode mode = currentModeOrNull();
    Map<Long, Optional<PullOneOrder.Outcome>> outcomes = new HashMap<>();
    List<RemoteOrder> fresh = new ArrayList<>();
    for (RemoteOrder order : orders) {
      PulledVersions.Version seen = judged.get(order.odooId());
      if (seen != null && seen.covers(order, mode)) {
        PullOneOrder.Outcome again =
            seen.skipReason() == null
                ? PullOneOrder.Outcome.UNCHANGED
                : PullOneOrder.Outcome.SKIPPED;
        metrics.pulled(again, order.writeDate());
        outcomes.put(order.odooId(), Optional.of(again));
      } else {
        fresh.add(order);
      }
    }
    outcomes.putAll(applyInParallel(fresh));
    return orders.stream().map(o -> outcomes.get(o.odooId())).toList();
  }

  /**
   * Splits the orders into {@code sync.pull.threads} runs of neighbours and applies each run on a
   * thread of its own: the orders of a page are distinct and independent, and most of an order's
   * time is spent waiting for PostgreSQL.
   */
  private Map<Long, Optional<PullOneOrder.Outcome>> applyInParallel(List<RemoteOrder> orders) {
    int runs = Math.max(1, Math.min(settings.threads(), orders.size() / MIN_RUN));
    int size = Math.max(1, (orders.size() + runs - 1) / runs);
    List<Future<Map<Long, Optional<PullOneOrder.Outcome>>>> started = new ArrayList<>();
    Map<Long, Optional<PullOneOrder.Outcome>> outcomes = new HashMap<>();
    for (int from = size; from < orders.size(); from += size) {
      List<RemoteOrder> run = orders.subList(from, Math.min(orders.size(), from + size));
      try {
        started.add(executor.submit(() -> applyRun(run)));
      } catch (RejectedExecutionException stopping) {
        outcomes.putAll(applyRun(run));
      }
    }
    outcomes.putAll(applyRun(orders.subList(0, Math.min(size, orders.size()))));
    for (Future<Map<Long, Optional<PullOneOrder.Outcome>>> run : started) {
      outcomes.putAll(result(run));
    }
    return outcomes;
  }

  private static <T> T result(Future<T> run) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while orders were being pulled", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failed) {
        throw failed;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A run of orders in one transaction; when that fails, one by one. */
  private Map<Long, Optional<PullOneOrder.Outcome>> applyRun(List<RemoteOrder> run) {
    Map<Long, Optional<PullOneOrder.Outcome>> outcomes = new HashMap<>();
    if (run.size() > 1) {
      try {
        List<PullOneOrder.Outcome> together = one.applyTogether(run);
        for (int i = 0; i < run.size(); i++) {
          metrics.pulled(together.get(i), run.get(i).writeDate());
          outcomes.put(run.get(i).odooId(), Optional.of(together.get(i)));
        }
        return outcomes;
      } catch (OdooUnavailableException down) {
        throw down;
      } catch (RuntimeException failed) {
        LOG.fine(() -> "Pulling " + run.size() + " orders together failed, one by one: " + failed);
      }
    }
    for (RemoteOrder order : run) {
      outcomes.put(order.odooId(), applySafely(order));
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
