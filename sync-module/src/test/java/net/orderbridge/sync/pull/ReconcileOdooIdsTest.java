package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.fixture.CapturedLog;
import net.orderbridge.sync.fixture.MutableClock;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrders;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import org.junit.jupiter.api.Test;

/**
 * Pins how {@link ReconcileOdooIds} finds orders deleted in Odoo: it first makes sure Odoo is the
 * database the bindings were made in, asks Odoo which of the live bindings' ids it still has, and
 * for each one it no longer has marks the binding and reports {@code DELETED_IN_ODOO} once (an
 * order marked already is not reported again); it returns and logs the ids found deleted.
 */
class ReconcileOdooIdsTest {
  private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final RecordedEvents<PurchaseOrderSyncStateChanged> reports = new RecordedEvents<>();
  private final Bindings bindings = new Bindings();
  private final Odoo odoo = new Odoo();
  private RuntimeException otherDatabase;

  private final OdooDatabaseGuard guard =
      new OdooDatabaseGuard() {
        @Override
        public void requireSameDatabase() {
          if (otherDatabase != null) {
            throw otherDatabase;
          }
        }
      };

  private final ReconcileOdooIds reconcile =
      new ReconcileOdooIds(odoo, bindings, reports, clock, guard);

  @Test
  void anOrderOdooNoLongerHasIsMarkedAndReportedDeleted() {
    UUID kept = bindings.bound(11);
    UUID gone = bindings.bound(12);
    odoo.has.add(11L);

    assertThat(reconcile.reconcile()).containsExactly(12L);

    assertThat(bindings.markedDeleted).containsExactly(gone).doesNotContain(kept);
    assertThat(reports.fired)
        .containsExactly(
            new PurchaseOrderSyncStateChanged(
                gone,
                SyncStatus.DELETED_IN_ODOO,
                12L,
                null,
                null,
                "Odoo no longer has purchase.order 12",
                NOW));
  }

  @Test
  void odooIsAskedAboutTheIdsOfTheLiveBindings() {
    bindings.bound(11);
    bindings.bound(12);
    odoo.has.addAll(List.of(11L, 12L));

    reconcile.reconcile();

    assertThat(odoo.asked).singleElement().satisfies(ids -> assertThat(ids).contains(11L, 12L));
  }

  @Test
  void ordersOdooStillHasAreLeftAloneAndNothingIsLogged() {
    bindings.bound(11);
    odoo.has.add(11L);

    try (CapturedLog log = CapturedLog.of(ReconcileOdooIds.class.getName())) {
      assertThat(reconcile.reconcile()).isEmpty();

      assertThat(log.messages()).isEmpty();
    }
    assertThat(bindings.markedDeleted).isEmpty();
    assertThat(reports.fired).isEmpty();
  }

  @Test
  void anOrderMarkedDeletedAlreadyIsNotReportedAgain() {
    UUID gone = bindings.bound(12);

    assertThat(reconcile.reconcile()).containsExactly(12L);
    assertThat(reconcile.reconcile()).isEmpty();

    assertThat(reports.fired)
        .singleElement()
        .satisfies(r -> assertThat(r.orderId()).isEqualTo(gone));
  }

  @Test
  void theOrdersFoundDeletedAreLoggedAsAWarning() {
    bindings.bound(12);

    try (CapturedLog log = CapturedLog.of(ReconcileOdooIds.class.getName())) {
      reconcile.reconcile();

      assertThat(log.records())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getMessage()).isEqualTo("Orders deleted in Odoo: [12]");
              });
    }
  }

  @Test
  void anotherOdooDatabaseStopsItBeforeOdooIsAskedOrAnythingMarked() {
    bindings.bound(12);
    otherDatabase = new IllegalStateException("another Odoo database");

    assertThatThrownBy(reconcile::reconcile).isSameAs(otherDatabase);

    assertThat(odoo.asked).isEmpty();
    assertThat(bindings.markedDeleted).isEmpty();
    assertThat(reports.fired).isEmpty();
  }

  /**
   * The bindings; {@link #live()} answers marked ones too, so only {@code markDeletedInOdoo}
   * answering false keeps a marked order from being reported again.
   */
  private static final class Bindings implements BoundOrders {
    final Map<Long, UUID> byOdooId = new LinkedHashMap<>();
    final Set<UUID> markedDeleted = new HashSet<>();

    UUID bound(long odooId) {
      UUID orderId = UUID.randomUUID();
      byOdooId.put(odooId, orderId);
      return orderId;
    }

    @Override
    public Map<Long, UUID> lock(Collection<Long> odooIds) {
      throw new UnsupportedOperationException("lock");
    }

    @Override
    public boolean isOurKey(String origin) {
      throw new UnsupportedOperationException("isOurKey");
    }

    @Override
    public Map<Long, UUID> live() {
      return new LinkedHashMap<>(byOdooId);
    }

    @Override
    public boolean markDeletedInOdoo(UUID orderId) {
      return markedDeleted.add(orderId);
    }
  }

  /** Odoo's purchase orders as far as the reconciliation reads them: which ids it still has. */
  private static final class Odoo implements OdooPurchaseOrders {
    final Set<Long> has = new HashSet<>();
    final List<List<Long>> asked = new ArrayList<>();

    @Override
    public Set<Long> existing(List<Long> odooIds) {
      asked.add(List.copyOf(odooIds));
      Set<Long> found = new HashSet<>(odooIds);
      found.retainAll(has);
      return found;
    }

    @Override
    public List<RemoteOrder> findOrdersModifiedSince(
        Instant since, Instant afterWriteDate, long afterId, int limit) {
      throw new UnsupportedOperationException("findOrdersModifiedSince");
    }

    @Override
    public Optional<RemoteOrder> find(long odooId) {
      throw new UnsupportedOperationException("find");
    }

    @Override
    public List<RemoteOrder> find(List<Long> odooIds) {
      throw new UnsupportedOperationException("find(List)");
    }
  }
}
