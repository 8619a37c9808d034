package net.orderbridge.sync.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SuccessWindowTest {
  private Instant now = Instant.parse("2026-12-07T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }
      };

  @Test
  void nothingAttemptedHasNoRatio() {
    assertThat(new SuccessWindow(clock).ratio()).isNaN();
  }

  @Test
  void ratioIsSuccessesPerAttemptWithinTheSpan() {
    SuccessWindow window = new SuccessWindow(clock);
    window.record(true);
    window.record(false);
    now = now.plus(Duration.ofMinutes(5));
    window.record(true);
    window.record(true);

    assertThat(window.ratio()).isEqualTo(0.75);
  }

  @Test
  void attemptsOlderThanTheSpanAreForgotten() {
    SuccessWindow window = new SuccessWindow(clock);
    window.record(false);
    window.record(false);
    now = now.plus(SuccessWindow.SPAN);
    window.record(true);

    assertThat(window.ratio()).isEqualTo(1.0);
    now = now.plus(SuccessWindow.SPAN);
    assertThat(window.ratio()).isNaN();
  }
}
