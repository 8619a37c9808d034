package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

  @Test
  void ceilingDoublesPerAttemptUpToTheCap() {
    assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(32));
    assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void fullJitterSpansZeroToTheCeiling() {
    assertThat(backoff.delay(3, () -> 0.0)).isEqualTo(Duration.ZERO);
    assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delay(3, () -> 0.999)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void refusesACapBelowTheBase() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
