package net.orderbridge.sync.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.orderbridge.sync.fixture.MutableClock;
import org.junit.jupiter.api.Test;

class SuccessWindowTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));

  @Test
  void nothingAttemptedHasNoRatio() {
    assertThat(new SuccessWindow(clock).ratio()).isNaN();
  }

  @Test
  void ratioIsSuccessesPerAttemptWithinTheSpan() {
    SuccessWindow window = new SuccessWindow(clock);
    window.record(true);
    window.record(false);
    clock.advance(Duration.ofMinutes(5));
    window.record(true);
    window.record(true);

    assertThat(window.ratio()).isEqualTo(0.75);
  }

  @Test
  void attemptsOlderThanTheSpanAreForgotten() {
    SuccessWindow window = new SuccessWindow(clock);
    window.record(false);
    window.record(false);
    clock.advance(SuccessWindow.SPAN);
    window.record(true);

    assertThat(window.ratio()).isEqualTo(1.0);
    clock.advance(SuccessWindow.SPAN);
    assertThat(window.ratio()).isNaN();
  }
}
