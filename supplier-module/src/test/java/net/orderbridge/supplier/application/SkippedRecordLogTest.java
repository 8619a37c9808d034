package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every record a refresh left out is counted by its model, none when nothing was left out. */
class SkippedRecordLogTest {
  private final List<String> counted = new ArrayList<>();
  private final SkippedRecordLog log = new SkippedRecordLog(counted::add);

  @Test
  void countsEachSkippedRecordByModel() {
    log.report(
        List.of(
            new SkippedRecord(SkippedRecordLog.PRODUCT, 7L, "no name"),
            new SkippedRecord(SkippedRecordLog.PRICE, 9L, "no product"),
            new SkippedRecord(SkippedRecordLog.PRODUCT, 8L, "no name")));

    assertThat(counted)
        .containsExactly(
            SkippedRecordLog.PRODUCT, SkippedRecordLog.PRICE, SkippedRecordLog.PRODUCT);
  }

  @Test
  void countsNothingWhenNothingWasLeftOut() {
    log.report(List.of());

    assertThat(counted).isEmpty();
  }
}
