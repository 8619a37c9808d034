package net.orderbridge.purchaseorder.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

  @Test
  void aChangeKeepsItsFieldAndBothValues() {
    FieldChange change = new FieldChange("notes", "old", "new");

    assertThat(change.field()).isEqualTo("notes");
    assertThat(change.before()).isEqualTo("old");
    assertThat(change.after()).isEqualTo("new");
    assertThat(change).hasToString("notes: old -> new");
  }

  @Test
  void theSameValueBeforeAndAfterIsNoChange() {
    assertThatThrownBy(() -> new FieldChange("notes", "same", "same"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notes");
    assertThatThrownBy(() -> new FieldChange("notes", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FieldChange(null, "a", "b")).hasMessageContaining("field");
  }

  @Test
  void aLongValueIsCutToWhatTheColumnHolds() {
    FieldChange change = new FieldChange("notes", "n".repeat(4001), null);

    assertThat(change.before()).hasSize(4000);
    assertThat(new FieldChange("notes", null, "n".repeat(4000)).after()).hasSize(4000);
  }

  @Test
  void changesAreEqualByFieldAndValues() {
    FieldChange change = new FieldChange("state", "DRAFT", "SENT");

    assertThat(change)
        .isEqualTo(new FieldChange("state", "DRAFT", "SENT"))
        .hasSameHashCodeAs(new FieldChange("state", "DRAFT", "SENT"))
        .isNotEqualTo(new FieldChange("locked", "DRAFT", "SENT"))
        .isNotEqualTo(new FieldChange("state", "SENT", "DRAFT"))
        .isNotEqualTo(new FieldChange("state", "DRAFT", "PURCHASE"))
        .isNotEqualTo("state");
  }

  @Test
  void anEntryKeepsTheChangesItRecords() {
    List<FieldChange> changes = List.of(new FieldChange("state", "DRAFT", "SENT"));
    AuditEntry entry =
        new AuditEntry(
            UUID.randomUUID(),
            "CHANGED",
            "buyer",
            Instant.EPOCH,
            null,
            new java.util.ArrayList<>(changes));

    assertThat(entry.changes()).isEqualTo(changes);
    assertThat(
            new AuditEntry(UUID.randomUUID(), "SYNC_PENDING", "system", Instant.EPOCH, null)
                .changes())
        .isEmpty();
    assertThatThrownBy(
            () -> new AuditEntry(UUID.randomUUID(), "CHANGED", "buyer", Instant.EPOCH, null, null))
        .hasMessageContaining("changes");
  }
}
