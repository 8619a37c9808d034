package net.orderbridge.sync.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import net.orderbridge.sync.fixture.CapturedLog;
import org.junit.jupiter.api.Test;

class SyncLogEntryTest {
  private static final UUID ORDER = UUID.fromString("0b6f2d9e-4c1a-4e7b-9a51-3f1f8e2c7d10");
  private static final Instant AT = Instant.parse("2026-12-07T14:00:00Z");

  @Test
  void aPushBecomesOneFieldPerValueNumbersTypedAndAbsentValuesLeftOut() {
    SyncLogEntry pushed =
        SyncLogEntry.of("create", "purchase-order", ORDER)
            .at(AT)
            .odooId(57L)
            .durationMs(120L)
            .meta("attempt", 1)
            .meta("deferred", false)
            .meta("ratio", 0.5)
            .meta("status", "SYNCED")
            .meta("absent", null)
            .info("Pushed order " + ORDER);

    assertThat(pushed.fields())
        .containsExactly(
            entry("operation", "create"),
            entry("entityType", "purchase-order"),
            entry("entityId", ORDER.toString()),
            entry("odooId_long", "57"),
            entry("durationMs_long", "120"),
            entry("attempt_long", "1"),
            entry("deferred_bool", "false"),
            entry("ratio_float", "0.5"),
            entry("status", "SYNCED"));
    assertThat(pushed.timestamp()).isEqualTo(AT);
    assertThat(pushed.level()).isEqualTo(SyncLogEntry.Level.INFO);
  }

  @Test
  void aFailureCarriesItsTypeAndMessageAsFields() {
    SyncLogEntry failed =
        SyncLogEntry.of("update", "purchase-order", ORDER)
            .error("BUSINESS", "ValidationError: the order is locked")
            .error("Push failed");

    assertThat(failed.fields())
        .contains(
            entry("errorType", "BUSINESS"),
            entry("errorMessage", "ValidationError: the order is locked"))
        .doesNotContainKeys("odooId_long", "durationMs_long");
    assertThat(failed.level()).isEqualTo(SyncLogEntry.Level.ERROR);
  }

  @Test
  void metadataMayNotShadowACoreFieldNorUseOddKeys() {
    assertThatThrownBy(() -> SyncLogEntry.of("create", "po", ORDER).meta("odooId", 1L).info("x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyncLogEntry.of("create", "po", ORDER).meta("a b", 1L).info("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void redactionMasksSecretsCredentialsAndContactDataInMessagesAndTexts() {
    Redaction redaction = new Redaction(List.of("it-odoo-api-key", "hook-secret-1", "abc"));
    SyncLogEntry leaky =
        SyncLogEntry.of("create", "purchase-order", ORDER)
            .error(
                "PERMANENT",
                "Access denied for key it-odoo-api-key; Authorization: bearer s3cr3tT0ken;"
                    + " api_key=zzz999 password: hunter22 mail anna.meier@example.com"
                    + " phone +49 30 1234567")
            .meta("detail", "signed with hook-secret-1")
            .meta("attempt", 2)
            .warn("Push failed: it-odoo-api-key abc");

    SyncLogEntry safe = leaky.redacted(redaction);

    assertThat(safe.errorMessage())
        .doesNotContain("it-odoo-api-key", "s3cr3tT0ken", "zzz999", "hunter22")
        .doesNotContain("anna.meier@example.com", "+49 30 1234567")
        .contains("Access denied for key ********", "<e-mail>", "<phone>");
    assertThat(safe.metadata()).containsEntry("detail", "signed with ********");
    assertThat(safe.metadata()).containsEntry("attempt", 2);
    assertThat(safe.message())
        .as("secrets shorter than %d characters are left alone", Redaction.MIN_SECRET)
        .isEqualTo("Push failed: ******** abc");
    assertThat(safe.fields().get("errorMessage")).isEqualTo(safe.errorMessage());
  }

  @Test
  void aLongMessageIsCut() {
    String cut = new Redaction(List.of()).apply("x".repeat(2000));
    assertThat(cut).hasSize(Redaction.MAX_CHARS + 1).endsWith("…");
  }

  @Test
  void withoutLibertyTheWriterKeepsTheFieldsInTheLineAndTheLevelAndTime() {
    List<LogRecord> written;
    try (CapturedLog log = CapturedLog.of(SyncLog.LOGGER)) {
      SyncLog.write(
          SyncLogEntry.of("cancel", "purchase-order", ORDER)
              .at(AT)
              .odooId(9L)
              .error("TRANSIENT", "mail bob@example.org")
              .warn("Push of order failed"));
      SyncLog.write(SyncLogEntry.of("cancel", "purchase-order", ORDER).debug("not logged"));
      written = log.records();
    }

    assertThat(written).hasSize(1);
    LogRecord record = written.get(0);
    assertThat(record.getLevel()).isEqualTo(Level.WARNING);
    assertThat(record.getInstant()).isEqualTo(AT);
    assertThat(record.getMessage())
        .startsWith("Push of order failed operation=cancel entityType=purchase-order")
        .contains("odooId_long=9", "errorType=TRANSIENT", "errorMessage=mail <e-mail>")
        .doesNotContain("bob@example.org");
  }

  @Test
  void theSecretTheOdooConnectionUsesNowIsMaskedFromTheFirstLineAfterARotation() {
    List<String> inUse = new ArrayList<>(List.of("first-key-5d1c9a"));
    List<LogRecord> written;
    SyncLog.maskAlso(() -> List.copyOf(inUse));
    try (CapturedLog log = CapturedLog.of(SyncLog.LOGGER)) {
      SyncLog.write(
          SyncLogEntry.of("create", "purchase-order", ORDER)
              .error("PERMANENT", "refused first-key-5d1c9a")
              .warn("Push failed"));
      inUse.add(0, "second-key-77e0b4");
      SyncLog.write(
          SyncLogEntry.of("create", "purchase-order", ORDER)
              .error("PERMANENT", "refused second-key-77e0b4 after first-key-5d1c9a")
              .warn("Push failed"));
      written = log.records();
    } finally {
      SyncLog.maskAlso(null);
    }

    assertThat(written).hasSize(2);
    assertThat(written.get(0).getMessage())
        .contains("errorMessage=refused " + Redaction.MASK)
        .doesNotContain("first-key");
    assertThat(written.get(1).getMessage())
        .as("the rotated key is masked at once, not after the minute the configuration is cached")
        .contains("refused " + Redaction.MASK + " after " + Redaction.MASK)
        .doesNotContain("second-key")
        .doesNotContain("first-key");
  }

  @Test
  void theDesignsLevelsMapOntoJavaLogging() {
    assertThat(
            Map.of(
                SyncLogEntry.Level.DEBUG, SyncLog.julLevel(SyncLogEntry.Level.DEBUG),
                SyncLogEntry.Level.ERROR, SyncLog.julLevel(SyncLogEntry.Level.ERROR)))
        .containsEntry(SyncLogEntry.Level.DEBUG, Level.FINE)
        .containsEntry(SyncLogEntry.Level.ERROR, Level.SEVERE);
  }
}
