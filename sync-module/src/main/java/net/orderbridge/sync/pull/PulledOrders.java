package net.orderbridge.sync.pull;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;

/**
 * Orders read from Odoo (a poll's page, a webhook's order) applied locally: the versions judged
 * already are passed by, the others are merged or imported by {@link PullOneOrder}, in runs on
 * {@code sync.pull.threads} threads, each run in one transaction, one order at a time when a run
 * fails. Odoo being unreachable stops the caller; any other failure parks that order only ({@link
 * PullFailures}).
 */
@ApplicationScoped
public class PulledOrders {
  private static final Logger LOG = Logger.getLogger(PulledOrders.class.getName());

  /** Fewer orders than this are not worth a thread of their own. */
  private static final int MIN_RUN = 10;

  private final PullOneOrder one;
  private final PulledVersions versions;
  private final PullSettings settings;
  private final PullMetrics metrics;
  private final PullFailures failures;
  private final Clock clock;

  @Inject
  public PulledOrders(
      PullOneOrder one,
      PulledVersions versions,
      PullSettings settings,
      PullMetrics metrics,
      PullFailures failures,
      Clock clock) {
    this.one = one;
    this.versions = versions;
    this.settings = settings;
    this.metrics = metrics;
    this.failures = failures;
    this.clock = clock;
  }

  /** For CDI's client proxy. */
  protected PulledOrders() {
    this(null, null, null, null, null, null);
  }

  @Resource ManagedExecutorService executor;

  /**
   * Applies orders read from Odoo, passing by the versions judged already (the overlap window,
   * repeated webhooks) with one look-up for all of them. The others are applied together in one
   * transaction; when that fails, one by one, so that one order at fault does not hold back the
   * rest. Empty for an order that failed.
   */
  public List<Optional<PullOneOrder.Outcome>> apply(List<RemoteOrder> orders) {
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
    outcomes.putAll(applyNowOrWhenDue(fresh));
    return orders.stream().map(o -> outcomes.get(o.odooId())).toList();
  }

  /**
   * Applies the orders, except the versions parked after failing whose retry is not due yet (the
   * overlap window reads them again at every poll); un-parks those that apply now.
   */
  private Map<Long, Optional<PullOneOrder.Outcome>> applyNowOrWhenDue(List<RemoteOrder> fresh) {
    if (fresh.isEmpty()) {
      return Map.of();
    }
    Map<Long, PullFailures.ParkedPull> parked =
        failures.find(fresh.stream().map(RemoteOrder::odooId).toList());
    Instant now = clock.instant();
    Map<Long, Optional<PullOneOrder.Outcome>> outcomes = new HashMap<>();
    List<RemoteOrder> applyNow = new ArrayList<>();
    for (RemoteOrder order : fresh) {
      PullFailures.ParkedPull failed = parked.get(order.odooId());
      if (failed != null && failed.waitsAt(order, now)) {
        outcomes.put(order.odooId(), Optional.empty());
      } else {
        applyNow.add(order);
      }
    }
    outcomes.putAll(applyInParallel(applyNow));
    List<Long> applied =
        applyNow.stream()
            .map(RemoteOrder::odooId)
            .filter(id -> parked.containsKey(id) && outcomes.get(id).isPresent())
            .toList();
    if (!applied.isEmpty()) {
      failures.resolve(applied);
    }
    return outcomes;
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
      outcomes.put(order.odooId(), applyOne(order));
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

  /**
   * Applies one order; Odoo being unreachable stops the poll, anything else parks the order with
   * its reason ({@link PullFailures}) for a retry with backoff.
   */
  public Optional<PullOneOrder.Outcome> applyOne(RemoteOrder order) {
    try {
      PullOneOrder.Outcome outcome = one.apply(order);
      metrics.pulled(outcome, order.writeDate());
      return Optional.of(outcome);
    } catch (OdooUnavailableException down) {
      throw down;
    } catch (RuntimeException failed) {
      park(order, failed);
      return Optional.empty();
    }
  }

  private void park(RemoteOrder order, RuntimeException failed) {
    String reason = PullFailureCause.describe(order.odooId(), failed);
    int attempts = failures.find(order.odooId()).map(p -> p.attempts() + 1).orElse(1);
    Instant next =
        clock.instant().plus(backoff().after(attempts, ThreadLocalRandom.current()::nextDouble));
    failures.park(order.odooId(), order.writeDate(), reason, attempts, next);
    metrics.pullFailed(attempts == 1, failed);
    PullLog.parked(order.odooId(), failed, reason + ", tried again from " + next, attempts);
  }

  private PullBackoff backoff() {
    return new PullBackoff(settings.interval(), settings.retryCap());
  }
}
