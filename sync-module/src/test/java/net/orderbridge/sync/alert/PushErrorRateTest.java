package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.sync.fixture.CountingRegistry;
import net.orderbridge.sync.fixture.MapConfig;
import net.orderbridge.sync.push.PushMetrics;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

/** {@code push-error-rate}: the share of failed pushes in the window, with the failed orders. */
class PushErrorRateTest {
  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  private final CountingRegistry counters = new CountingRegistry();
  private Instant askedSince;
  private final PushMetrics push =
      new PushMetrics() {
        @Override
        public List<UUID> failedOrdersSince(Instant since, int limit) {
          askedSince = since;
          return List.of(A, B);
        }
      };
  private final PushErrorRate rate =
      new PushErrorRate(
          counters.registry(),
          new AlertSettings(
              new MapConfig(
                  Map.of(
                      "sync.alert.push-error-rate.threshold", "0.5",
                      "sync.alert.push-error-rate.window", "PT1M",
                      "sync.alert.push-error-rate.minimum", "4"))),
          push);

  private void pushes(int succeeded, String errorType, int failed) {
    counters.registry().counter("sync.push.succeeded").inc(succeeded);
    counters.registry().counter("sync.push.failed", new Tag("errorType", errorType)).inc(failed);
  }

  @Test
  void halfOfThePushesInTheWindowFailedIsAWarningNamingTheFailedOrders() {
    pushes(50, "TRANSIENT", 0);
    assertThat(rate.observe(T0).holds()).as("what came before the window").isFalse();

    pushes(2, "BUSINESS", 3);
    pushes(0, "TRANSIENT", 1);
    Observation seen = rate.observe(T0.plusSeconds(20));

    assertThat(seen.holds()).isTrue();
    assertThat(seen.level()).isEqualTo(AlertLevel.WARNING);
    assertThat(seen.evidence())
        .containsEntry("failed", 4L)
        .containsEntry("pushes", 6L)
        .containsEntry("rate", 0.667)
        .containsEntry("orderIds", List.of(A.toString(), B.toString()));
    assertThat(askedSince).isEqualTo(T0.plusSeconds(20).minusSeconds(60));
  }

  @Test
  void fewerPushesThanTheMinimumOrALowerShareSayNothing() {
    rate.observe(T0);
    pushes(0, "BUSINESS", 3);
    assertThat(rate.observe(T0.plusSeconds(5)).holds()).as("3 < minimum 4").isFalse();
    pushes(7, "BUSINESS", 0);
    assertThat(rate.observe(T0.plusSeconds(10)).holds()).as("3 of 10").isFalse();
  }

  @Test
  void failuresOlderThanTheWindowLeaveIt() {
    rate.observe(T0);
    pushes(0, "BUSINESS", 5);
    assertThat(rate.observe(T0.plusSeconds(10)).holds()).isTrue();
    assertThat(rate.observe(T0.plusSeconds(90)).holds()).as("the burst left the window").isFalse();
  }
}
