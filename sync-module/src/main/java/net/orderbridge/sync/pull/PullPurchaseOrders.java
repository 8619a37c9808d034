package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrders;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;

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
  private static final Logger LOG = Logger.getLogger(PullPurchaseOrders.class.getName());

  /** A webhook hint whose pull failed this many times is parked. */
  public static final int MAX_HINT_ATTEMPTS = 3;

  private final OdooPurchaseOrders odoo;
  private final PulledOrders orders;
  private final PollCursor cursor;
  private final PurchaseOrderHints hints;
  private final PullSettings settings;
  private final PullMetrics metrics;
  private final PulledVersions versions;
  private final PullFailures failures;
  private final java.time.Clock clock;
  private final OdooDatabaseGuard odooDatabase;
  private final Event<ImportRunFinished> importRuns;

  @Inject
  public PullPurchaseOrders(
      OdooPurchaseOrders odoo,
      PulledOrders orders,
      PollCursor cursor,
      PurchaseOrderHints hints,
      PullSettings settings,
      PullMetrics metrics,
      PulledVersions versions,
      PullFailures failures,
      java.time.Clock clock,
      OdooDatabaseGuard odooDatabase,
      Event<ImportRunFinished> importRuns) {
    this.odoo = odoo;
    this.orders = orders;
    this.cursor = cursor;
    this.hints = hints;
    this.settings = settings;
    this.metrics = metrics;
    this.versions = versions;
    this.failures = failures;
    this.clock = clock;
    this.odooDatabase = odooDatabase;
    this.importRuns = importRuns;
  }

  /** For CDI's client proxy. */
  protected PullPurchaseOrders() {
    this(null, null, null, null, null, null, null, null, null, null, null);
  }

  private final ReentrantLock polling = new ReentrantLock();

  /** When a poll of this instance last read Odoo to its end, or null. */
  private final java.util.concurrent.atomic.AtomicReference<Instant> lastPolled =
      new java.util.concurrent.atomic.AtomicReference<>();

  public PollResult pollOnce() {
    try {
      if (!polling.tryLock(2, TimeUnit.MINUTES)) {
        return new PollResult(0, Map.of(), 0);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PollResult(0, Map.of(), 0);
    }
    PollResult result;
    long started = System.nanoTime();
    try {
      result = poll();
    } finally {
      polling.unlock();
    }
    // the info alert of an import run (orders made in Odoo brought in), told outside the lock
    ImportRunFinished.of(result, (System.nanoTime() - started) / 1_000_000)
        .ifPresent(importRuns::fire);
    return result;
  }

  private PollResult poll() {
    odooDatabase.requireSameDatabase();
    PollCursor.Position from = cursor.current().orElse(new PollCursor.Position(Instant.EPOCH, 0));
    Instant since = from.writeDate().minus(settings.overlap());
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
      cursor.advance(new PollCursor.Position(afterWriteDate, afterId));
      if (page.size() < settings.pageSize()) {
        break;
      }
    }
    versions.forgetOlderThan(since);
    lastPolled.set(clock.instant());
    return new PollResult(read, outcomes, failed);
  }

  /**
   * Pulls one Odoo order now; empty when Odoo has no such order (or its apply failed: then it is
   * parked). An order the import left out is judged afresh; a parked one that applies leaves the
   * parking.
   */
  public Optional<PullOneOrder.Outcome> syncPurchaseOrderFromOdoo(long odooId) {
    odooDatabase.requireSameDatabase();
    versions.forget(odooId);
    Optional<PullOneOrder.Outcome> outcome = odoo.find(odooId).flatMap(orders::applyOne);
    outcome.ifPresent(applied -> failures.resolve(List.of(odooId)));
    return outcome;
  }

  /**
   * Tries the parked orders whose retry is due again, each in a scope of its own; Odoo out of reach
   * ends the run.
   *
   * @return how many were applied (or found gone from Odoo) and left the parking
   */
  public int retryDueFailures() {
    int settled = 0;
    for (PullFailures.ParkedPull due : failures.due(clock.instant(), 50)) {
      try {
        if (retryParked(due.odooId()).isPresent()) {
          settled++;
        }
      } catch (NoSuchElementException settledMeanwhile) {
        // another instance or an operator settled it
      } catch (RuntimeException failed) {
        if (PullFailureCause.odooOutOfReach(failed)) {
          throw failed;
        }
        LOG.warning(() -> "Retry of parked " + PullFailureCause.describe(due.odooId(), failed));
      }
    }
    return settled;
  }

  /**
   * Reads a parked order from Odoo again and applies it; an order Odoo no longer has leaves the
   * parking too (the id reconciliation deals with deletions).
   *
   * @return empty when it failed again (it stays parked, with the new reason and one more attempt)
   * @throws java.util.NoSuchElementException when the order is not parked
   */
  public Optional<RetriedPull> retryParked(long odooId) {
    failures.find(odooId).orElseThrow();
    versions.forget(odooId);
    Optional<RemoteOrder> order = odoo.find(odooId);
    if (order.isEmpty()) {
      failures.resolve(List.of(odooId));
      return Optional.of(new RetriedPull(odooId, null));
    }
    Optional<PullOneOrder.Outcome> outcome = orders.applyOne(order.get());
    outcome.ifPresent(o -> failures.resolve(List.of(odooId)));
    return outcome.map(o -> new RetriedPull(odooId, o));
  }

  /**
   * A parked order applied on a retry.
   *
   * @param outcome what the apply did; null when Odoo no longer has the order
   */
  public record RetriedPull(long odooId, PullOneOrder.Outcome outcome) {}

  /** The pull's settings and where it stands, for operators. */
  public PullStanding standing() {
    Optional<PollCursor.Position> position = cursor.current();
    return new PullStanding(
        settings.importMode().text(),
        position.map(PollCursor.Position::writeDate).orElse(null),
        position.map(PollCursor.Position::odooId).orElse(null),
        settings.interval(),
        settings.overlap(),
        settings.pageSize(),
        versions.countLeftOut(),
        failures.count(),
        lastPolled.get());
  }

  /**
   * Pulls the orders of waiting webhook hints and marks them processed. A hint about an order Odoo
   * does not have is settled only when {@code settleMissing} (the timer's sweep). A hint is a
   * failure scope of its own: one that fails counts an attempt and the others go on ({@link
   * #processHint}); only Odoo being out of reach ends the sweep, as it would end each of them.
   */
  public int processPendingHints(boolean settleMissing) {
    int done = 0;
    List<Long> hinted = hints.waiting(100);
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

  /**
   * Pulls the order of one hint. A failure that is the hint's own (an id Odoo's API can't carry, an
   * answer that can't be read) counts an attempt, and the {@value #MAX_HINT_ATTEMPTS}th parks the
   * hint with its reason; a failure that says Odoo is out of reach ({@link
   * PullFailureCause#odooOutOfReach}) counts nothing and reaches the caller.
   *
   * @return whether the hint is settled
   */
  public boolean processHint(long odooId, boolean settleMissing) {
    odooDatabase.requireSameDatabase();
    return pullHinted(odooId, settleMissing);
  }

  private boolean pullHinted(long odooId, boolean settleMissing) {
    Optional<RemoteOrder> order;
    try {
      order = odoo.find(odooId);
    } catch (RuntimeException failed) {
      if (PullFailureCause.odooOutOfReach(failed)) {
        throw failed;
      }
      String reason = PullFailureCause.describe(odooId, failed);
      boolean parked = hints.failed(odooId, reason, MAX_HINT_ATTEMPTS);
      metrics.hintFailed(parked);
      if (parked) {
        LOG.warning(
            () -> "Webhook hint parked after " + MAX_HINT_ATTEMPTS + " failures: " + reason);
      } else {
        LOG.info(() -> "Webhook hint failed, it is tried again: " + reason);
      }
      return false;
    }
    if (order.isEmpty() && !settleMissing) {
      return false;
    }
    order.ifPresent(o -> orders.apply(List.of(o)));
    hints.processed(odooId);
    metrics.webhookPull();
    return true;
  }
}
