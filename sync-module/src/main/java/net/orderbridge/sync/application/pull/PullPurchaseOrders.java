package net.orderbridge.sync.application.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import net.orderbridge.sync.application.odoodatabase.OdooDatabaseGuard;

/**
 * The pull use cases: a poll of every order Odoo changed since the cursor, and the pull of one
 * order (what a webhook hint asks for).
 *
 * <p>Odoo's {@code write_date} is the start of the writing transaction, to the second: a
 * transaction that started earlier can commit after we read past its {@code write_date}. So each
 * poll starts {@code sync.pull.overlap} (at least Odoo's 120 s request limit) before the cursor and
 * pages by keyset on ({@code write_date}, {@code id}); versions read again are passed by ({@link
 * PulledVersions}), and the agreed snapshot recognises our own echo. The cursor moves only after a
 * page is applied ({@link PulledOrders}).
 */
@ApplicationScoped
public class PullPurchaseOrders {

  @Inject OdooPurchaseOrders odoo;
  @Inject PulledOrders orders;
  @Inject PullState state;
  @Inject PullSettings settings;
  @Inject PullMetrics metrics;
  @Inject PulledVersions versions;
  @Inject OdooDatabaseGuard odooDatabase;

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
    odooDatabase.requireSameDatabase();
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
      for (Optional<PullOneOrder.Outcome> outcome : orders.apply(page)) {
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
    odooDatabase.requireSameDatabase();
    versions.forget(odooId);
    return odoo.find(odooId).flatMap(orders::applyOne);
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
    List<Long> hinted = state.pendingHints(100);
    if (!hinted.isEmpty()) {
      odooDatabase.requireSameDatabase();
    }
    for (long odooId : hinted) {
      if (pullHinted(odooId, settleMissing)) {
        done++;
      }
    }
    return done;
  }

  public boolean processHint(long odooId, boolean settleMissing) {
    odooDatabase.requireSameDatabase();
    return pullHinted(odooId, settleMissing);
  }

  private boolean pullHinted(long odooId, boolean settleMissing) {
    Optional<RemoteOrder> order = odoo.find(odooId);
    if (order.isEmpty() && !settleMissing) {
      return false;
    }
    order.ifPresent(o -> orders.apply(List.of(o)));
    state.hintProcessed(odooId);
    metrics.webhookPull();
    return true;
  }
}
