package net.orderbridge.sync.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import org.junit.jupiter.api.Test;

class OrderFieldsTest {
  private static final UUID LINE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

  private static PurchaseOrderSnapshot local(String notes, PurchaseOrderSnapshot.Line... lines) {
    return new PurchaseOrderSnapshot(
        UUID.randomUUID(),
        "PO-1",
        1,
        UUID.randomUUID(),
        "EUR",
        notes,
        "TO_APPROVE",
        true,
        List.of(lines));
  }

  private static RemoteOrder remote(String notes, RemoteOrder.Line... lines) {
    return new RemoteOrder(
        7, "P00007", "ob:1", Instant.EPOCH, "sent", false, notes, 3L, "EUR", List.of(lines));
  }

  @Test
  void theLocalOrderReadsInOdoosVocabularyWithDecimalsWithoutTrailingZeros() {
    PurchaseOrderSnapshot order =
        local(
            "ring twice",
            new PurchaseOrderSnapshot.Line(
                LINE,
                PRODUCT,
                "bolts",
                new BigDecimal("2.500"),
                new BigDecimal("52.00"),
                LocalDate.of(2026, 12, 1)));

    SyncedFields fields = OrderFields.local(order, product -> product.equals(PRODUCT) ? 41L : null);

    assertThat(fields.values())
        .containsOnly(
            entry("state", "to approve"),
            entry("locked", "true"),
            entry("notes", "ring twice"),
            entry("lines/" + LINE + "/product", "41"),
            entry("lines/" + LINE + "/quantity", "2.5"),
            entry("lines/" + LINE + "/unitPrice", "52"),
            entry("lines/" + LINE + "/plannedDate", "2026-12-01"));
  }

  @Test
  void blankNotesAndMissingDatesAreAbsentPathsNotEmptyValues() {
    PurchaseOrderSnapshot order =
        local(
            "  ",
            new PurchaseOrderSnapshot.Line(
                LINE, PRODUCT, "bolts", BigDecimal.TEN, new BigDecimal("1E+1"), null));

    SyncedFields fields = OrderFields.local(order, product -> 41L);

    assertThat(fields.values()).doesNotContainKeys("notes", "lines/" + LINE + "/plannedDate");
    assertThat(fields.get("lines/" + LINE + "/unitPrice")).isEqualTo("10");
    assertThat(OrderFields.remote(remote(null), id -> null).values()).doesNotContainKey("notes");
  }

  @Test
  void aBoundOdooLineTakesOurLineIdAndAnUnboundOneANewKey() {
    RemoteOrder order =
        remote(
            "from odoo",
            new RemoteOrder.Line(
                100,
                41,
                "bolts",
                new BigDecimal("3.0"),
                new BigDecimal("52.10"),
                LocalDate.of(2026, 12, 2)),
            new RemoteOrder.Line(101, 42, "nuts", BigDecimal.ONE, BigDecimal.ONE, null));

    SyncedFields fields = OrderFields.remote(order, odooLine -> odooLine == 100 ? LINE : null);

    assertThat(fields.values())
        .containsOnly(
            entry("state", "sent"),
            entry("locked", "false"),
            entry("notes", "from odoo"),
            entry("lines/" + LINE + "/product", "41"),
            entry("lines/" + LINE + "/quantity", "3"),
            entry("lines/" + LINE + "/unitPrice", "52.1"),
            entry("lines/" + LINE + "/plannedDate", "2026-12-02"),
            entry("lines/new:101/product", "42"),
            entry("lines/new:101/quantity", "1"),
            entry("lines/new:101/unitPrice", "1"));
  }

  @Test
  void rekeyingRenamesOnlyTheNewLinesThatGotALocalId() {
    UUID created = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    SyncedFields fields =
        new SyncedFields(
            Map.of(
                "state", "draft",
                "lines/new:101/quantity", "1",
                "lines/new:1011/quantity", "4",
                "lines/new:102/quantity", "2"));

    SyncedFields rekeyed = OrderFields.rekeyed(fields, Map.of(101L, created));

    assertThat(rekeyed.values())
        .containsOnly(
            entry("state", "draft"),
            entry("lines/" + created + "/quantity", "1"),
            entry("lines/new:1011/quantity", "4"),
            entry("lines/new:102/quantity", "2"));
  }

  @Test
  void everySyncedPathBelongsToAPolicyGroup() {
    assertThat(FieldGroup.of("exists")).isEqualTo(FieldGroup.EXISTENCE);
    assertThat(FieldGroup.of("state")).isEqualTo(FieldGroup.STATE);
    assertThat(FieldGroup.of("locked")).isEqualTo(FieldGroup.STATE);
    assertThat(FieldGroup.of("notes")).isEqualTo(FieldGroup.NOTES);
    assertThat(FieldGroup.of("lines/a/plannedDate")).isEqualTo(FieldGroup.DATES);
    assertThat(FieldGroup.of("lines/a/unitPrice")).isEqualTo(FieldGroup.LINES);
    assertThatThrownBy(() -> FieldGroup.of("partner"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partner");
  }

  @Test
  void aPolicyWrittenAsLocalKeepsOurValue() {
    assertThat(ConflictPolicies.parse("state=LOCAL").of(FieldGroup.STATE))
        .isEqualTo(ConflictPolicy.LOCAL_WINS);
    assertThat(ConflictPolicies.parse("dates=odoo").of(FieldGroup.DATES))
        .isEqualTo(ConflictPolicy.REMOTE_WINS);
    assertThat(SyncedFields.empty().values()).isEmpty();
  }
}
