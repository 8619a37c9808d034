package net.orderbridge.sync.pull;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.conflict.ConflictMetrics;
import net.orderbridge.sync.conflict.SyncedFields;
import net.orderbridge.sync.fixture.CountingRegistry;
import net.orderbridge.sync.fixture.InMemoryMergeBases;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.fixture.InMemoryPulledVersions;
import net.orderbridge.sync.fixture.InMemoryPurchaseOrders;
import net.orderbridge.sync.fixture.InMemorySyncConflicts;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.fixture.RecordedOrderAudit;
import net.orderbridge.sync.fixture.RecordedRemoteOrderChanges;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrders;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import net.orderbridge.sync.outcome.SyncOutcome;

/**
 * The pull wired as in production: the real {@link PullPurchaseOrders}, {@link PulledOrders},
 * {@link PullOneOrder} and {@link LocalChanges} over in-memory ports. Orders made in Odoo go to a
 * stand-in for {@link OrderImport} (tested on its own), which imports every one it is given.
 *
 * <p>A bound order here starts as both sides last agreed on it: notes "Agreed", state draft, bound
 * with the {@code write_date} {@link #PUSHED}.
 */
final class PullRig {
  static final Instant PUSHED = Instant.parse("2026-12-07T07:00:00Z");
  static final Instant NOW = PUSHED.plusSeconds(3_600);
  static final UUID BOLTS = UUID.randomUUID();
  static final long ODOO_BOLTS = 501;

  final InMemoryMergeBases bases = new InMemoryMergeBases();
  final InMemoryOrderBindings bindings = new InMemoryOrderBindings();
  final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();

  /** Records what the pull applies, and applies it to the local orders too. */
  final RecordedRemoteOrderChanges applied =
      new RecordedRemoteOrderChanges() {
        @Override
        public void applyNotesAndLines(UUID orderId, String notes, List<RemoteLine> newLines) {
          super.applyNotesAndLines(orderId, notes, newLines);
          PurchaseOrderSnapshot o = orders.byId.get(orderId);
          List<PurchaseOrderSnapshot.Line> lines =
              newLines.stream()
                  .map(
                      l ->
                          new PurchaseOrderSnapshot.Line(
                              l.lineId() == null ? UUID.randomUUID() : l.lineId(),
                              l.productId(),
                              l.description(),
                              l.quantity(),
                              l.unitPrice(),
                              l.plannedDate()))
                  .toList();
          orders.byId.put(
              orderId,
              new PurchaseOrderSnapshot(
                  orderId,
                  o.number(),
                  o.version() + 1,
                  o.supplierId(),
                  o.currency(),
                  notes,
                  o.state(),
                  o.locked(),
                  lines));
        }
      };

  final InMemorySyncConflicts conflicts = new InMemorySyncConflicts();
  final InMemoryPulledVersions versions = new InMemoryPulledVersions();
  final RecordedEvents<SyncOutcome> outcomes = new RecordedEvents<>();
  final RecordedEvents<ImportRunFinished> importRuns = new RecordedEvents<>();
  final RecordedOrderAudit audit = new RecordedOrderAudit();
  final CountingRegistry counters = new CountingRegistry();
  final OdooOrders odoo = new OdooOrders();
  final Cursor cursor = new Cursor();
  final Parking failures = new Parking();
  final Bound bound = new Bound();
  final Hints hints = new Hints();
  final MovableClock clock = new MovableClock(NOW);
  final Set<UUID> pendingPushes = new java.util.HashSet<>();
  final Map<UUID, Long> odooProducts = new HashMap<>(Map.of(BOLTS, ODOO_BOLTS));

  /** Odoo ids the import stand-in was asked about, in order. */
  final List<Long> importsAsked = new ArrayList<>();

  /** When set, the import stand-in throws it for every order. */
  RuntimeException importFails;

  int databaseChecks;
  int threads = 1;
  int pageSize = 500;
  String importMode = "all";
  String policies = "";

  final Catalogue catalogue =
      new Catalogue() {
        @Override
        public Optional<Long> odooIdOf(ProductId id) {
          return Optional.ofNullable(odooProducts.get(id.value()));
        }

        @Override
        public Optional<ProductId> productByOdooId(long odooId) {
          return odooProducts.entrySet().stream()
              .filter(e -> e.getValue() == odooId)
              .map(e -> new ProductId(e.getKey()))
              .findFirst();
        }
      };

  PullSettings settings() {
    return new PullSettings(
        Duration.ofSeconds(30),
        Duration.ofSeconds(150),
        pageSize,
        Duration.ofHours(1),
        threads,
        () -> importMode,
        policies);
  }

  PullMetrics metrics() {
    return new PullMetrics(counters.registry(), failures, clock);
  }

  PullOneOrder one() {
    PullSettings settings = settings();
    PullMetrics metrics = metrics();
    OrderImport imports =
        new OrderImport() {
          @Override
          PullOneOrder.Outcome importIfNew(RemoteOrder remote) {
            importsAsked.add(remote.odooId());
            if (importFails != null) {
              throw importFails;
            }
            return PullOneOrder.Outcome.IMPORTED;
          }
        };
    return new PullOneOrder(
        bound,
        bases,
        pendingPushes::contains,
        bindings,
        orders,
        new LocalChanges(applied, catalogue, clock),
        catalogue,
        conflicts,
        settings,
        metrics,
        new ConflictMetrics(counters.registry(), conflicts),
        imports,
        versions,
        clock,
        outcomes,
        audit);
  }

  /** Apply runs of a page handed to the executor; each is run at once, on the caller's thread. */
  final List<Integer> submittedRuns = new ArrayList<>();

  /** When true, the executor refuses work, as when the server is stopping. */
  boolean executorStopping;

  /** When true, waiting for a run handed to the executor is interrupted. */
  boolean interruptWaits;

  PulledOrders pulledOrders() {
    PulledOrders pulled = new PulledOrders(one(), versions, settings(), metrics(), failures, clock);
    pulled.executor = executor();
    return pulled;
  }

  PullPurchaseOrders pull() {
    OdooDatabaseGuard guard =
        new OdooDatabaseGuard() {
          @Override
          public void requireSameDatabase() {
            databaseChecks++;
          }
        };
    return new PullPurchaseOrders(
        odoo,
        pulledOrders(),
        cursor,
        hints,
        settings(),
        metrics(),
        versions,
        failures,
        clock,
        guard,
        importRuns);
  }

  /** A local order bound to an Odoo order, as both sides last agreed on it; its id. */
  UUID boundOrder(long odooId) {
    UUID orderId = UUID.randomUUID();
    orders.byId.put(
        orderId,
        new PurchaseOrderSnapshot(
            orderId,
            "AF-PO-" + odooId,
            2,
            UUID.randomUUID(),
            "EUR",
            "Agreed",
            "DRAFT",
            false,
            List.of()));
    bindings.store(
        new OrderBinding(
            orderId,
            "key-" + odooId,
            odooId,
            "P" + odooId,
            PUSHED,
            "hash",
            "draft",
            false,
            PUSHED,
            Map.of()));
    bases.snapshots.put(orderId, agreed());
    bound.byOdooId.put(odooId, orderId);
    return orderId;
  }

  /** Gives the bound order a line of Bolts bound to an Odoo line, agreed on both sides. */
  UUID boundLine(UUID orderId, long odooLineId, String quantity) {
    UUID lineId = UUID.randomUUID();
    PurchaseOrderSnapshot o = orders.byId.get(orderId);
    orders.byId.put(
        orderId,
        new PurchaseOrderSnapshot(
            orderId,
            o.number(),
            o.version(),
            o.supplierId(),
            o.currency(),
            o.notes(),
            o.state(),
            false,
            List.of(
                new PurchaseOrderSnapshot.Line(
                    lineId,
                    BOLTS,
                    "Bolts",
                    new BigDecimal(quantity),
                    new BigDecimal("2.50"),
                    LocalDate.of(2026, 12, 24)))));
    OrderBinding b = bindings.byOrder.get(orderId);
    bindings.store(
        new OrderBinding(
            orderId,
            b.externalKey(),
            b.odooId(),
            b.odooName(),
            b.writeDate(),
            b.hash(),
            b.odooState(),
            false,
            b.syncedAt(),
            Map.of(lineId, new OrderBinding.LineBinding(odooLineId, "line-hash"))));
    Map<String, String> base = new HashMap<>(PullRig.agreed().values());
    String at = "lines/" + lineId + "/";
    base.put(at + "product", String.valueOf(ODOO_BOLTS));
    base.put(at + "quantity", quantity);
    base.put(at + "unitPrice", "2.5");
    base.put(at + "plannedDate", LocalDate.of(2026, 12, 24).toString());
    bases.snapshots.put(orderId, new SyncedFields(base));
    return lineId;
  }

  static SyncedFields agreed() {
    return new SyncedFields(Map.of("notes", "Agreed", "state", "draft", "locked", "false"));
  }

  /** Odoo's version of an order, without lines. */
  static RemoteOrder remote(long odooId, Instant writeDate, String notes, String state) {
    return new RemoteOrder(
        odooId,
        "P" + odooId,
        "key-" + odooId,
        writeDate,
        state,
        false,
        notes,
        7L,
        "EUR",
        List.of());
  }

  static RemoteOrder.Line line(long odooLineId, long product, String quantity) {
    return new RemoteOrder.Line(
        odooLineId,
        product,
        "Bolts M8",
        new BigDecimal(quantity),
        new BigDecimal("2.5"),
        LocalDate.of(2026, 12, 24));
  }

  private ManagedExecutorService executor() {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            ManagedExecutorService.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("submit") || !(args[0] instanceof Callable<?> work)) {
                throw new UnsupportedOperationException(method.getName());
              }
              if (executorStopping) {
                throw new RejectedExecutionException("stopping");
              }
              submittedRuns.add(submittedRuns.size());
              FutureTask<?> task = new FutureTask<>(work);
              task.run();
              if (interruptWaits) {
                return new FutureTask<Object>(() -> null) {
                  @Override
                  public Object get() throws InterruptedException {
                    throw new InterruptedException("stopping");
                  }
                };
              }
              return task;
            });
  }

  /** Odoo's purchase orders, read by keyset on ({@code write_date}, {@code id}) as Odoo pages. */
  static final class OdooOrders implements OdooPurchaseOrders {
    final Map<Long, RemoteOrder> byId = new LinkedHashMap<>();

    /** Each page asked for, as {@code since afterWriteDate afterId limit}. */
    final List<String> pagesAsked = new ArrayList<>();

    /** When set, every call throws it. */
    RuntimeException failing;

    /** Reading one of these orders throws its exception. */
    final Map<Long, RuntimeException> failingFind = new HashMap<>();

    /** When set, pages after this many throw {@link #failing}. */
    int pagesBeforeFailing = -1;

    void put(RemoteOrder... orders) {
      for (RemoteOrder order : orders) {
        byId.put(order.odooId(), order);
      }
    }

    @Override
    public List<RemoteOrder> findOrdersModifiedSince(
        Instant since, Instant afterWriteDate, long afterId, int limit) {
      if (pagesBeforeFailing >= 0 && pagesAsked.size() >= pagesBeforeFailing) {
        throw failing;
      }
      if (pagesBeforeFailing < 0) {
        failIfAsked();
      }
      if (pagesAsked.size() > 100) {
        throw new AssertionError("the poll reads the same pages again and again");
      }
      pagesAsked.add(since + " " + afterWriteDate + " " + afterId + " " + limit);
      return byId.values().stream()
          .filter(o -> !o.writeDate().isBefore(since))
          .filter(
              o ->
                  afterWriteDate == null
                      || o.writeDate().isAfter(afterWriteDate)
                      || (o.writeDate().equals(afterWriteDate) && o.odooId() > afterId))
          .sorted(Comparator.comparing(RemoteOrder::writeDate).thenComparing(RemoteOrder::odooId))
          .limit(limit)
          .toList();
    }

    @Override
    public Optional<RemoteOrder> find(long odooId) {
      failIfAsked();
      if (failingFind.containsKey(odooId)) {
        throw failingFind.get(odooId);
      }
      return Optional.ofNullable(byId.get(odooId));
    }

    @Override
    public List<RemoteOrder> find(List<Long> odooIds) {
      throw new UnsupportedOperationException("find(List)");
    }

    @Override
    public Set<Long> existing(List<Long> odooIds) {
      throw new UnsupportedOperationException("existing");
    }

    private void failIfAsked() {
      if (failing != null) {
        throw failing;
      }
    }
  }

  static OdooUnavailableException unreachable() {
    return new OdooUnavailableException(
        OdooUnavailableException.Outcome.NOT_SENT, null, "connection refused", null);
  }

  /** The poll cursor in memory; keeps every move. */
  static final class Cursor implements PollCursor {
    Position at;
    final List<Position> moves = new ArrayList<>();

    @Override
    public Optional<Position> current() {
      return Optional.ofNullable(at);
    }

    @Override
    public void advance(Position to) {
      moves.add(to);
      at = to;
    }
  }

  /** The parked pulls in memory. */
  final class Parking implements PullFailures {
    final Map<Long, ParkedPull> byOdooId = new LinkedHashMap<>();

    /** Answered by {@link #due} as well, though no longer parked: settled by someone else. */
    final List<ParkedPull> settledMeanwhile = new ArrayList<>();

    @Override
    public void park(long odooId, Instant writeDate, String reason, int attempts, Instant next) {
      Instant first =
          Optional.ofNullable(byOdooId.get(odooId))
              .map(ParkedPull::firstFailedAt)
              .orElse(clock.instant());
      byOdooId.put(
          odooId,
          new ParkedPull(odooId, writeDate, attempts, reason, first, clock.instant(), next));
    }

    @Override
    public Map<Long, ParkedPull> find(Collection<Long> odooIds) {
      Map<Long, ParkedPull> found = new HashMap<>();
      odooIds.stream().filter(byOdooId::containsKey).forEach(id -> found.put(id, byOdooId.get(id)));
      return found;
    }

    @Override
    public void resolve(Collection<Long> odooIds) {
      odooIds.forEach(byOdooId::remove);
    }

    @Override
    public List<ParkedPull> due(Instant now, int limit) {
      List<ParkedPull> due = new ArrayList<>(settledMeanwhile);
      due.addAll(
          byOdooId.values().stream()
              .filter(p -> !p.nextAttemptAt().isAfter(now))
              .sorted(Comparator.comparing(ParkedPull::nextAttemptAt))
              .limit(limit)
              .toList());
      return due;
    }

    @Override
    public List<ParkedPull> list(int limit) {
      return byOdooId.values().stream().limit(limit).toList();
    }

    @Override
    public long count() {
      return byOdooId.size();
    }
  }

  /** The bindings as the pull locks them: local order by Odoo id. */
  static final class Bound implements BoundOrders {
    final Map<Long, UUID> byOdooId = new HashMap<>();

    @Override
    public Map<Long, UUID> lock(Collection<Long> odooIds) {
      Map<Long, UUID> found = new HashMap<>();
      odooIds.stream().filter(byOdooId::containsKey).forEach(id -> found.put(id, byOdooId.get(id)));
      return found;
    }

    @Override
    public boolean isOurKey(String origin) {
      throw new UnsupportedOperationException("isOurKey");
    }

    @Override
    public Map<Long, UUID> live() {
      throw new UnsupportedOperationException("live");
    }

    @Override
    public boolean markDeletedInOdoo(UUID orderId) {
      throw new UnsupportedOperationException("markDeletedInOdoo");
    }
  }

  /** Webhook hints: waiting ids, the processed ones, and failures counted per id. */
  static final class Hints implements PurchaseOrderHints {
    final List<Long> waiting = new ArrayList<>();
    final List<Long> processed = new ArrayList<>();
    final Map<Long, Integer> failedAttempts = new HashMap<>();
    final List<Long> parked = new ArrayList<>();

    @Override
    public List<Long> waiting(int limit) {
      return waiting.stream()
          .filter(id -> !processed.contains(id) && !parked.contains(id))
          .limit(limit)
          .toList();
    }

    @Override
    public void processed(long odooId) {
      processed.add(odooId);
    }

    @Override
    public boolean failed(long odooId, String reason, int maxAttempts) {
      int attempts = failedAttempts.merge(odooId, 1, Integer::sum);
      if (attempts >= maxAttempts) {
        parked.add(odooId);
        return true;
      }
      return false;
    }
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
