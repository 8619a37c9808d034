package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import net.orderbridge.sync.pull.PulledVersions.SkipReason;
import net.orderbridge.sync.pull.PulledVersions.Version;
import org.junit.jupiter.api.Test;

class PulledVersionTest {
  private static final Instant SECOND = Instant.parse("2025-03-04T05:06:07Z");

  private static RemoteOrder order(Instant writeDate, String notes) {
    return new RemoteOrder(
        42,
        "P00042",
        null,
        writeDate,
        "draft",
        false,
        notes,
        11L,
        "USD",
        List.of(
            new RemoteOrder.Line(
                7,
                5,
                "Office Chair",
                new BigDecimal("2"),
                BigDecimal.TEN,
                LocalDate.of(2025, 3, 9))));
  }

  @Test
  void theSameVersionReadAgainIsCoveredWhateverTheImportMode() {
    Version judged = Version.judged(order(SECOND, "a"), PullOneOrder.Outcome.APPLIED);

    assertThat(judged.covers(order(SECOND, "a"), ImportMode.ALL)).isTrue();
    assertThat(judged.covers(order(SECOND, "a"), ImportMode.NONE)).isTrue();
  }

  @Test
  void aSecondChangeInTheSameSecondIsNotCovered() {
    Version judged = Version.judged(order(SECOND, "a"), PullOneOrder.Outcome.UNCHANGED);

    assertThat(judged.covers(order(SECOND, "b"), ImportMode.ALL)).isFalse();
    assertThat(judged.covers(order(SECOND.plusSeconds(1), "a"), ImportMode.ALL)).isFalse();
  }

  @Test
  void anOrderLeftOutIsJudgedAfreshUnderAnotherMode() {
    Version leftOut = Version.leftOut(order(SECOND, "a"), SkipReason.MODE_NONE, ImportMode.NONE);

    assertThat(leftOut.covers(order(SECOND, "a"), ImportMode.NONE)).isTrue();
    assertThat(leftOut.covers(order(SECOND, "a"), ImportMode.ALL)).isFalse();
    assertThat(leftOut.covers(order(SECOND, "a"), null)).isFalse();
    assertThat(leftOut.partnerOdooId()).isEqualTo(11L);
  }
}
