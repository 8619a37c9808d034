package net.orderbridge.sync.odoo.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();
  private final UUID c = UUID.randomUUID();

  private static PlannedLine line(UUID id, String hash) {
    return new PlannedLine(id, hash, Map.of("product_qty", hash));
  }

  @Test
  void unchangedLinesSendNothing() {
    LineDiff diff =
        LineDiff.between(List.of(line(a, "h1")), Map.of(a, new SyncedLine(10, "h1")), Set.of(10L));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.kept()).containsEntry(a, 10L);
  }

  @Test
  void changedLineIsWrittenNewLineCreatedRemovedLineDeleted() {
    LineDiff diff =
        LineDiff.between(
            List.of(line(a, "h1-changed"), line(c, "h3")),
            Map.of(a, new SyncedLine(10, "h1"), b, new SyncedLine(11, "h2")),
            Set.of(10L, 11L));

    assertThat(diff.commands())
        .containsExactly(
            List.of(1, 10L, Map.of("product_qty", "h1-changed")),
            List.of(0, 0, Map.of("product_qty", "h3")),
            List.of(2, 11L));
    assertThat(diff.added()).extracting(PlannedLine::lineId).containsExactly(c);
    assertThat(diff.kept()).containsOnlyKeys(a);
  }

  @Test
  void aLineOdooLostIsCreatedAgainAndNeverNamed() {
    LineDiff diff =
        LineDiff.between(
            List.of(line(a, "h1")),
            Map.of(a, new SyncedLine(10, "h1"), b, new SyncedLine(11, "h2")),
            Set.of());

    assertThat(diff.commands()).containsExactly(List.of(0, 0, Map.of("product_qty", "h1")));
  }
}
