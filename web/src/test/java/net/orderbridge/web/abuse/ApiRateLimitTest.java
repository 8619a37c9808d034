package net.orderbridge.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiRateLimitTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final ApiRateLimit limit = new ApiRateLimit(2, 5, now::get);

  @Test
  void aUserMaySpendTheBurstAtOnceAndThenWaitsForTheRate() {
    for (int i = 0; i < 5; i++) {
      assertThat(limit.admit("buyer")).as("request " + (i + 1)).isZero();
    }
    assertThat(limit.admit("buyer")).isEqualTo(Duration.ofMillis(500));
    now.addAndGet(Duration.ofMillis(500).toNanos());
    assertThat(limit.admit("buyer")).isZero();
    assertThat(limit.admit("buyer")).isPositive();
  }

  @Test
  void eachUserHasABucketOfTheirOwn() {
    for (int i = 0; i < 5; i++) {
      limit.admit("buyer");
    }
    assertThat(limit.admit("buyer")).isPositive();
    assertThat(limit.admit("operator")).isZero();
  }

  @Test
  void aPauseRefillsNoMoreThanTheBurst() {
    for (int i = 0; i < 5; i++) {
      limit.admit("buyer");
    }
    now.addAndGet(Duration.ofHours(1).toNanos());
    for (int i = 0; i < 5; i++) {
      assertThat(limit.admit("buyer")).isZero();
    }
    assertThat(limit.admit("buyer")).isPositive();
  }

  @Test
  void zeroSwitchesTheLimitOff() {
    ApiRateLimit off = new ApiRateLimit(0, 0, now::get);
    for (int i = 0; i < 1_000; i++) {
      assertThat(off.admit("buyer")).isZero();
    }
  }

  @Test
  void aNegativeRateOrAnEmptyBurstIsRefused() {
    assertThatThrownBy(() -> new ApiRateLimit(-1, 5, now::get))
        .hasMessageContaining("API_RATE_LIMIT");
    assertThatThrownBy(() -> new ApiRateLimit(5, 0, now::get))
        .hasMessageContaining("API_RATE_BURST");
  }
}
