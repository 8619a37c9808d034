package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.orderbridge.sync.pull.PullOneOrder.Outcome;
import org.junit.jupiter.api.Test;

/** Which polls are import runs, and their counts. */
class ImportRunFinishedTest {
  @Test
  void aPollThatImportedOrdersIsAnImportRunWithEveryCount() {
    PollResult poll =
        new PollResult(
            12,
            Map.of(
                Outcome.IMPORTED, 5,
                Outcome.APPLIED, 2,
                Outcome.CONFLICT, 1,
                Outcome.SKIPPED, 3,
                Outcome.UNCHANGED, 0),
            1);

    assertThat(ImportRunFinished.of(poll, 40))
        .contains(new ImportRunFinished(12, 5, 2, 1, 3, 1, 40));
  }

  @Test
  void aPollThatImportedNothingIsNone() {
    assertThat(ImportRunFinished.of(new PollResult(3, Map.of(Outcome.APPLIED, 3), 0), 5)).isEmpty();
    assertThat(ImportRunFinished.of(new PollResult(0, Map.of(), 0), 1)).isEmpty();
  }
}
