package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.fixture.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The outbox clean-up through {@link CleanOutbox}: settled messages older than the retention go,
 * chunk by chunk, and dead letters, recent ones and the newest settled one stay.
 */
class CleanOutboxTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
  private static final Duration RETENTION = Duration.ofDays(7);

  private final OperatorOutbox outbox = new OperatorOutbox();
  private final RecordingPushMetrics metrics = new RecordingPushMetrics();
  private final MutableClock clock = new MutableClock(NOW);

  @Test
  void settledMessagesOlderThanTheRetentionAreDeletedChunkByChunk() {
    UUID order = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      outbox.done(order, NOW.minus(RETENTION).minusSeconds(60 + i));
    }
    OutboxMessage recent = outbox.done(order, NOW.minus(RETENTION).plusSeconds(1));
    OutboxMessage dead = outbox.dead(order, "BUSINESS");

    assertThat(cleanup(2).clean()).isEqualTo(5);

    assertThat(outbox.done).containsExactly(recent);
    assertThat(outbox.dead).containsExactly(dead);
    assertThat(outbox.limits).as("full chunks ask again").containsExactly(2, 2, 2);
    assertThat(metrics.cleaned).containsExactly(2, 2, 1);
  }

  @Test
  void theRetentionCountsBackFromTheClockAtEachRun() {
    UUID order = UUID.randomUUID();
    OutboxMessage old = outbox.done(order, NOW.minus(Duration.ofDays(1)));
    outbox.done(order, NOW);
    CleanOutbox cleanup = cleanup(100);

    assertThat(cleanup.clean()).isZero();
    clock.advance(RETENTION);
    assertThat(cleanup.clean()).isEqualTo(1);

    assertThat(outbox.done).doesNotContain(old).hasSize(1);
  }

  @Test
  void theNewestSettledMessageStaysHoweverOld() {
    OutboxMessage last = outbox.done(UUID.randomUUID(), NOW.minus(Duration.ofDays(30)));

    assertThat(cleanup(100).clean()).isZero();

    assertThat(outbox.done).containsExactly(last);
    assertThat(metrics.cleaned).containsExactly(0);
  }

  @Test
  void aChunkSizeBelowOneDeletesOneAtATime() {
    UUID order = UUID.randomUUID();
    outbox.done(order, NOW.minus(Duration.ofDays(20)));
    outbox.done(order, NOW.minus(Duration.ofDays(10)));
    outbox.done(order, NOW);

    assertThat(cleanup(0).clean()).isEqualTo(2);

    assertThat(outbox.limits).containsOnly(1);
  }

  @Test
  void itTellsItsRetention() {
    assertThat(cleanup(10).retention()).isEqualTo(RETENTION);
  }

  private CleanOutbox cleanup(int chunkSize) {
    return new CleanOutbox(outbox, clock, metrics, settings(chunkSize));
  }

  static PushSettings settings(int chunkSize) {
    return new PushSettings(
        10,
        2,
        Duration.ofMinutes(5),
        5,
        Duration.ofSeconds(1),
        Duration.ofMinutes(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Optional.empty(),
        RETENTION,
        Duration.ofHours(1),
        chunkSize);
  }
}
