package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.orderbridge.sync.fixture.CountingRegistry;
import net.orderbridge.sync.fixture.MutableClock;
import net.orderbridge.sync.odoo.ErrorType;
import org.junit.jupiter.api.Test;

/** The failed pushes {@link PushMetrics} remembers for the error rate's evidence. */
class RecentPushFailuresTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
  private final CountingRegistry counters = new CountingRegistry();
  private final PushMetrics metrics = new PushMetrics(counters.registry(), null, null, clock);

  private static OutboxClaim claim(UUID order) {
    return new OutboxClaim(
        order, UUID.randomUUID(), List.of(1L), List.of("PLACED"), 0, Instant.EPOCH);
  }

  @Test
  void theOrdersOfFailedPushesSinceAnInstantOnceEachOldestFirstNotTheDeferredOnes() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();
    UUID deferred = UUID.randomUUID();
    metrics.failed(claim(a), new PushFailure(ErrorType.BUSINESS, false, false, "refused"));
    clock.advance(Duration.ofSeconds(30));
    Instant since = clock.instant();
    metrics.failed(claim(b), new PushFailure(ErrorType.BUSINESS, false, false, "refused"));
    metrics.failed(claim(deferred), new PushFailure(ErrorType.TRANSIENT, true, true, "open"));
    metrics.failed(claim(c), new PushFailure(ErrorType.TRANSIENT, false, false, "reset"));
    metrics.failed(claim(b), new PushFailure(ErrorType.BUSINESS, false, false, "refused"));

    assertThat(metrics.failedOrdersSince(since, 10)).containsExactly(b, c);
    assertThat(metrics.failedOrdersSince(since, 1)).containsExactly(b);
    assertThat(metrics.failedOrdersSince(Instant.EPOCH, 10)).containsExactly(a, b, c);
    assertThat(
            counters.count(
                "sync.push.failed",
                new org.eclipse.microprofile.metrics.Tag("errorType", "BUSINESS")))
        .isEqualTo(3);
  }

  @Test
  void onlyTheLastThousandAreKept() {
    UUID first = UUID.randomUUID();
    metrics.failed(claim(first), new PushFailure(ErrorType.BUSINESS, false, false, "refused"));
    for (int i = 0; i < PushMetrics.RECENT_FAILURES; i++) {
      metrics.failed(
          claim(UUID.randomUUID()), new PushFailure(ErrorType.BUSINESS, false, false, "x"));
    }
    assertThat(metrics.failedOrdersSince(Instant.EPOCH, 2000))
        .hasSize(PushMetrics.RECENT_FAILURES)
        .doesNotContain(first);
  }
}
