package net.orderbridge.purchaseorder.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
  private static final UUID ORDER = UUID.randomUUID();
  private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void anEntryRecordsWhoDidWhatWhen() {
    AuditEntry entry = new AuditEntry(ORDER, "CONFIRMED", "buyer", AT, "by hand");

    assertThat(entry.orderId()).isEqualTo(ORDER);
    assertThat(entry.action()).isEqualTo("CONFIRMED");
    assertThat(entry.actor()).isEqualTo("buyer");
    assertThat(entry.occurredAt()).isEqualTo(AT);
    assertThat(entry.detail()).isEqualTo("by hand");
  }

  @Test
  void aLongDetailIsCutToWhatTheColumnHoldsAndNoDetailStaysNone() {
    assertThat(new AuditEntry(ORDER, "CHANGED", "sync", AT, "d".repeat(2001)).detail())
        .hasSize(2000);
    assertThat(new AuditEntry(ORDER, "CHANGED", "sync", AT, "d".repeat(2000)).detail())
        .hasSize(2000);
    assertThat(new AuditEntry(ORDER, "CHANGED", "sync", AT, null).detail()).isNull();
  }

  @Test
  void anEntryNeedsItsOrderActionActorAndTime() {
    assertThatThrownBy(() -> new AuditEntry(null, "A", "b", AT, null))
        .hasMessageContaining("orderId");
    assertThatThrownBy(() -> new AuditEntry(ORDER, null, "b", AT, null))
        .hasMessageContaining("action");
    assertThatThrownBy(() -> new AuditEntry(ORDER, "A", null, AT, null))
        .hasMessageContaining("actor");
    assertThatThrownBy(() -> new AuditEntry(ORDER, "A", "b", null, null))
        .hasMessageContaining("occurredAt");
  }
}
