package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import net.orderbridge.sync.fixture.InMemoryWebhookHints;
import net.orderbridge.sync.fixture.MapConfig;
import net.orderbridge.sync.fixture.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Settled hints (processed or parked) are deleted once they are older than {@code
 * WEBHOOK_HINT_RETENTION}, a chunk per run; younger ones and waiting ones stay.
 */
class CleanWebhookHintsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  private final SettledHints hints = new SettledHints();
  private final MutableClock clock = new MutableClock(NOW);
  private final Map<String, String> config = new HashMap<>();

  @Test
  void hintsSettledLongerAgoThanTheDefaultWeekAreDeleted() {
    hints.settle(1, NOW.minus(Duration.ofDays(8)));
    hints.settle(2, NOW.minus(Duration.ofDays(6)));
    hints.settle(3, NOW.minus(Duration.ofDays(7)));
    hints.enqueue(new WebhookHint("purchase.order", 4), 10);

    int deleted = cleaner().deleteSettledHints();

    assertThat(deleted).isEqualTo(1);
    assertThat(hints.settledAt)
        .as("settled exactly a week ago or less: kept")
        .containsOnlyKeys(2L, 3L);
    assertThat(hints.waiting).containsExactly(new WebhookHint("purchase.order", 4));
  }

  @Test
  void theConfiguredRetentionApplies() {
    config.put("WEBHOOK_HINT_RETENTION", "PT1H");
    hints.settle(1, NOW.minus(Duration.ofMinutes(61)));
    hints.settle(2, NOW.minus(Duration.ofMinutes(59)));

    assertThat(cleaner().deleteSettledHints()).isEqualTo(1);
    assertThat(hints.settledAt).containsOnlyKeys(2L);
  }

  @Test
  void aRunDeletesOneChunkAndTheNextRunTheRest() {
    for (long id = 1; id <= CleanWebhookHints.CHUNK + 5; id++) {
      hints.settle(id, NOW.minus(Duration.ofDays(30)));
    }
    CleanWebhookHints cleaner = cleaner();

    assertThat(cleaner.deleteSettledHints()).isEqualTo(CleanWebhookHints.CHUNK);
    assertThat(cleaner.deleteSettledHints()).isEqualTo(5);
    assertThat(cleaner.deleteSettledHints()).isZero();
    assertThat(hints.settledAt).isEmpty();
  }

  @Test
  void aHintComesDueAsTheClockMoves() {
    hints.settle(1, NOW.minus(Duration.ofDays(6)));
    CleanWebhookHints cleaner = cleaner();

    assertThat(cleaner.deleteSettledHints()).isZero();
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    assertThat(cleaner.deleteSettledHints()).isEqualTo(1);
  }

  @Test
  void theBeanCanBeBuiltForItsClientProxy() {
    assertThatCode(CleanWebhookHints::new).doesNotThrowAnyException();
  }

  private CleanWebhookHints cleaner() {
    return new CleanWebhookHints(hints, new WebhookSettings(new MapConfig(config)), clock);
  }

  /**
   * The queue with settled hints: when each was processed or parked, deleted by the port's contract
   * (settled before the cutoff, at most a chunk at a time).
   */
  private static final class SettledHints extends InMemoryWebhookHints {
    final Map<Long, Instant> settledAt = new LinkedHashMap<>();

    void settle(long recordId, Instant at) {
      settledAt.put(recordId, at);
    }

    @Override
    public int deleteSettledBefore(Instant cutoff, int chunk) {
      int deleted = 0;
      for (Iterator<Instant> it = settledAt.values().iterator();
          it.hasNext() && deleted < chunk; ) {
        if (it.next().isBefore(cutoff)) {
          it.remove();
          deleted++;
        }
      }
      return deleted;
    }
  }
}
