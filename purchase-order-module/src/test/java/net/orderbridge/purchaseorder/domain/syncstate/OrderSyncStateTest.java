package net.orderbridge.purchaseorder.domain.syncstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import net.orderbridge.shared.event.SyncStatus;
import org.junit.jupiter.api.Test;

class OrderSyncStateTest {
  private static final Instant PLACED = Instant.parse("2026-11-26T12:00:00Z");
  private static final UUID ORDER = UUID.randomUUID();

  @Test
  void aNewOrderWaitsForItsFirstPush() {
    OrderSyncState state = OrderSyncState.pending(ORDER, PLACED);

    assertThat(state.orderId()).isEqualTo(ORDER);
    assertThat(state.status()).isEqualTo(SyncStatus.PENDING);
    assertThat(state.odooId()).isNull();
    assertThat(state.odooName()).isNull();
    assertThat(state.lastSyncedAt()).isNull();
    assertThat(state.lastError()).isNull();
  }

  @Test
  void aReportKeepsWhatItDoesNotNameAndClearsTheErrorOnSuccess() {
    OrderSyncState state = OrderSyncState.pending(ORDER, PLACED);
    state.report(SyncStatus.FAILED, null, null, null, "Odoo unavailable", PLACED.plusSeconds(1));
    state.report(
        SyncStatus.SYNCED, 42L, "P00042", PLACED.plusSeconds(2), null, PLACED.plusSeconds(2));
    state.report(SyncStatus.PENDING, null, null, null, null, PLACED.plusSeconds(3));

    assertThat(state.status()).isEqualTo(SyncStatus.PENDING);
    assertThat(state.odooId()).isEqualTo(42L);
    assertThat(state.odooName()).isEqualTo("P00042");
    assertThat(state.lastSyncedAt()).isEqualTo(PLACED.plusSeconds(2));
    assertThat(state.lastError()).isNull();
  }

  @Test
  void aReportOlderThanTheRecordedOneIsIgnored() {
    OrderSyncState state = OrderSyncState.pending(ORDER, PLACED);
    state.report(
        SyncStatus.SYNCED, 42L, "P00042", PLACED.plusSeconds(5), null, PLACED.plusSeconds(5));

    state.report(SyncStatus.FAILED, 7L, "P00007", null, "late", PLACED.plusSeconds(4));

    assertThat(state.status()).isEqualTo(SyncStatus.SYNCED);
    assertThat(state.odooId()).isEqualTo(42L);
    assertThat(state.lastError()).isNull();
  }

  @Test
  void aLongErrorIsCutToWhatTheColumnHolds() {
    OrderSyncState state = OrderSyncState.pending(ORDER, PLACED);
    state.report(SyncStatus.FAILED, null, null, null, "x".repeat(2500), PLACED);

    assertThat(state.lastError()).hasSize(2000);
    state.report(SyncStatus.FAILED, null, null, null, "y".repeat(2000), PLACED);
    assertThat(state.lastError()).isEqualTo("y".repeat(2000));
  }

  @Test
  void aStateNeedsItsOrderAndTime() {
    assertThatThrownBy(() -> OrderSyncState.pending(null, PLACED))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("orderId");
    assertThatThrownBy(() -> OrderSyncState.pending(ORDER, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("at");
    OrderSyncState state = OrderSyncState.pending(ORDER, PLACED);
    assertThatThrownBy(() -> state.report(null, null, null, null, null, PLACED))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("status");
  }
}
