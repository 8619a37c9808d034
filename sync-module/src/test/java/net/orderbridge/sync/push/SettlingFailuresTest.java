package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.event.SyncStatus;
import net.orderbridge.sync.binding.OdooDatabaseGuard;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBindings;
import net.orderbridge.sync.fixture.InMemoryOutbox;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.push.OrderExporter.Exported;
import org.junit.jupiter.api.Test;

/**
 * A push Odoo took but that could not be settled here ends visibly within the attempt: a dead
 * letter with its reason, or a counted retry with its reason; never a claim left to run out and
 * come back to the same failure for ever (issue 12, point 3). Before the fix every kind below left
 * the outbox untouched ("not settled", RETRYING) and these tests failed.
 */
class SettlingFailuresTest {
  private final UUID orderId = UUID.randomUUID();
  private final FakeOutbox outbox = new FakeOutbox();
  private final CountingMetrics metrics = new CountingMetrics();

  @Test
  void anOdooIdAlreadyBoundToAnotherOrderEndsInADeadLetterWithTheClash() {
    SyncResult result =
        pushWhileSettlingFails(
            () ->
                new IllegalStateException(
                    "sync SQL failed",
                    new SQLException(
                        "ERROR: duplicate key value violates unique constraint"
                            + " \"order_binding_odoo_id_key\"  Detail: Key (odoo_id)=(11) already"
                            + " exists.",
                        "23505")),
            0);

    assertThat(result.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outbox.dead).containsExactly("PERMANENT");
    assertThat(outbox.lastError).contains("order_binding_odoo_id_key").contains("(odoo_id)=(11)");
    assertThat(metrics.deadLetters).isEqualTo(1);
    assertThat(metrics.settlingFailures).containsExactly("PERMANENT");
  }

  @Test
  void aLostDatabaseConnectionIsACountedRetryWithItsReason() {
    SyncResult result =
        pushWhileSettlingFails(
            () -> new IllegalStateException("sync SQL failed", new SQLException("gone", "08006")),
            0);

    assertThat(result.status()).isEqualTo(SyncStatus.RETRYING);
    assertThat(outbox.retriesCounted).isEqualTo(1);
    assertThat(outbox.lastError).contains("recording it here failed").contains("gone");
    assertThat(outbox.dead).isEmpty();
  }

  @Test
  void aLostDatabaseConnectionOnTheLastAttemptEndsInADeadLetter() {
    SyncResult result =
        pushWhileSettlingFails(
            () -> new IllegalStateException("sync SQL failed", new SQLException("gone", "08006")),
            4);

    assertThat(result.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outbox.dead).containsExactly("TRANSIENT");
  }

  @Test
  void aDefectWhileSettlingEndsInADeadLetterAtOnce() {
    SyncResult result = pushWhileSettlingFails(() -> new NullPointerException("no order"), 0);

    assertThat(result.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outbox.dead).containsExactly("PERMANENT");
    assertThat(outbox.lastError).contains("NullPointerException: no order");
  }

  @Test
  void whenEvenTheFailureCannotBeRecordedThePushSaysSoAndThrowsNothing() {
    outbox.refuseWrites = true;

    SyncResult result =
        pushWhileSettlingFails(
            () -> new IllegalStateException("sync SQL failed", new SQLException("gone", "08006")),
            0);

    assertThat(result.status()).isEqualTo(SyncStatus.RETRYING);
    assertThat(result.error()).contains("recording it here failed");
    assertThat(metrics.settlingFailures).containsExactly("TRANSIENT");
  }

  private SyncResult pushWhileSettlingFails(Supplier<RuntimeException> failure, int attempts) {
    outbox.attempts = attempts;
    OrderExporter exporter =
        work ->
            work.stream()
                .map(
                    w ->
                        Exported.synced(
                            w.orderId(),
                            new OrderBinding(
                                w.orderId(),
                                "key",
                                11L,
                                "P00011",
                                null,
                                null,
                                "draft",
                                false,
                                null,
                                Map.of())))
                .toList();
    OdooDatabaseGuard sameDatabase =
        new OdooDatabaseGuard() {
          @Override
          public void requireSameDatabase() {}
        };
    BatchSyncPendingOrders push =
        new BatchSyncPendingOrders(
            outbox,
            new NoBindings(),
            new NoOrders(),
            exporter,
            new OutcomesThatCannotSettle(failure),
            metrics,
            settings(),
            null,
            sameDatabase,
            null);
    return push.batchSyncPendingOrders().results().get(0);
  }

  private PushSettings settings() {
    return new PushSettings(
        10,
        4,
        Duration.ofMinutes(5),
        5,
        Duration.ofSeconds(1),
        Duration.ofMinutes(2),
        Duration.ofSeconds(2));
  }

  /** The real failure handling; only the settling of a success fails. */
  private class OutcomesThatCannotSettle extends PushOutcomes {
    private final Supplier<RuntimeException> failure;

    OutcomesThatCannotSettle(Supplier<RuntimeException> failure) {
      super(
          SettlingFailuresTest.this.outbox,
          null,
          new RecordedEvents<>(),
          null,
          Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC),
          settings(),
          SettlingFailuresTest.this.metrics,
          new CircuitWatch(),
          null);
      this.failure = failure;
    }

    @Override
    public SyncResult synced(Synced pushed) {
      throw failure.get();
    }

    @Override
    public List<SyncResult> syncedAll(List<Synced> pushed) {
      throw failure.get();
    }
  }

  private static class CountingMetrics extends PushMetrics {
    final List<String> settlingFailures = new ArrayList<>();
    int deadLetters;

    @Override
    void failed(OutboxClaim claim, PushFailure failure) {}

    @Override
    void settlingFailed(PushFailure failure) {
      settlingFailures.add(failure.type().name());
    }

    @Override
    void deadLettered() {
      deadLetters++;
    }
  }

  private class FakeOutbox extends InMemoryOutbox {
    final List<String> dead = new ArrayList<>();
    int retriesCounted;
    int attempts;
    String lastError;
    boolean refuseWrites;

    @Override
    public List<OutboxClaim> claim(int limit, Duration lease) {
      return List.of(
          new OutboxClaim(
              orderId, UUID.randomUUID(), List.of(1L), List.of("PLACED"), attempts, null));
    }

    @Override
    public void retryLater(
        OutboxClaim claim, Instant dueAt, boolean countAttempt, String type, String error) {
      refuseIfAsked();
      retriesCounted += countAttempt ? 1 : 0;
      lastError = error;
    }

    @Override
    public void deadLetter(OutboxClaim claim, String type, String error) {
      refuseIfAsked();
      dead.add(type);
      lastError = error;
    }

    private void refuseIfAsked() {
      if (refuseWrites) {
        throw new IllegalStateException("sync SQL failed", new SQLException("gone", "08006"));
      }
    }

    @Override
    public void completeAll(Collection<OutboxClaim> claims) {
      throw new AssertionError("nothing is settled as done here");
    }
  }

  private static class NoBindings implements OrderBindings {
    @Override
    public Map<UUID, OrderBinding> findAll(Collection<UUID> orderIds) {
      return Map.of();
    }

    @Override
    public Set<UUID> reserveAll(Map<UUID, String> keys) {
      return keys.keySet();
    }

    @Override
    public void storeAll(Collection<OrderBinding> bindings) {}

    @Override
    public void remove(UUID orderId) {}
  }

  private static class NoOrders extends PurchaseOrderReader {
    @Override
    public Map<UUID, PurchaseOrderSnapshot> findAll(Collection<UUID> orderIds) {
      return Map.of();
    }
  }
}
