package net.orderbridge.sync.odoo.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlannedOrderTest {
  private static final PlannedLine BOLTS =
      new PlannedLine(UUID.randomUUID(), "h1", Map.of("product_id", 41, "product_qty", 2.5));
  private static final PlannedLine NOTE = new PlannedLine(UUID.randomUUID(), "h2", Map.of());

  private static PlannedOrder order(String state, boolean locked) {
    return new PlannedOrder(
        UUID.randomUUID(),
        "ob:1",
        Map.of("partner_id", 3, "origin", "ob:1"),
        List.of(BOLTS, NOTE),
        "hash",
        state,
        locked);
  }

  @Test
  void aCreateCarriesTheHeaderAndEveryLineAsANewLineCommand() {
    Map<String, Object> vals = order("DRAFT", false).createValues();

    assertThat(vals)
        .containsEntry("partner_id", 3)
        .containsEntry("origin", "ob:1")
        .containsEntry(
            "order_line", List.of(List.of(0, 0, BOLTS.vals()), List.of(0, 0, NOTE.vals())));
  }

  @Test
  void onlyAnUnlockedDraftIsLeftAsCreateLeavesIt() {
    assertThat(order("DRAFT", false).isPlainDraft()).isTrue();
    assertThat(order("SENT", false).isPlainDraft()).isTrue();
    assertThat(order("TO_APPROVE", false).isPlainDraft()).isTrue();
    assertThat(order("DRAFT", true).isPlainDraft()).isFalse();
    assertThat(order("PURCHASE", false).isPlainDraft()).isFalse();
    assertThat(order("CANCELLED", false).isPlainDraft()).isFalse();
  }

  @Test
  void aLineReadsItsProductAndQuantityFromItsValues() {
    assertThat(BOLTS.productId()).isEqualTo(41L);
    assertThat(BOLTS.quantity()).isEqualByComparingTo("2.5");
    assertThat(NOTE.productId()).isNull();
    assertThat(NOTE.quantity()).isNull();
    assertThatThrownBy(() -> new PlannedLine(UUID.randomUUID(), null, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("hash");
  }
}
