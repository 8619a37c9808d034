package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PullBackoffTest {
  private final PullBackoff backoff = new PullBackoff(Duration.ofSeconds(30), Duration.ofHours(1));

  @Test
  void theFirstRetryWaitsBetweenHalfAndAWholePollInterval() {
    assertThat(backoff.after(1, () -> 0.0)).isEqualTo(Duration.ofSeconds(15));
    assertThat(backoff.after(1, () -> 0.999999))
        .isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30));
  }

  @Test
  void eachFailureDoublesTheWaitUpToTheCap() {
    assertThat(backoff.after(2, () -> 1.0)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.after(4, () -> 1.0)).isEqualTo(Duration.ofSeconds(240));
    assertThat(backoff.after(50, () -> 1.0)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.after(50, () -> 0.0)).isEqualTo(Duration.ofMinutes(30));
  }
}
