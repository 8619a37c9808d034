package net.orderbridge.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(1), now::get);

  private void later(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void aUserNameIsBlockedAfterTheBoundFromAnyAddressUntilTheOldestFailureLeavesTheWindow() {
    throttle.failed("buyer", "10.0.0.1");
    later(Duration.ofSeconds(10));
    throttle.failed("buyer", "10.0.0.2");
    assertThat(throttle.blocked("buyer", "10.0.0.3")).as("two failures").isEmpty();
    throttle.failed("buyer", "10.0.0.3");

    assertThat(throttle.blocked("buyer", "10.0.0.4")).contains(Duration.ofSeconds(50));
    assertThat(throttle.blocked("operator", "10.0.0.4")).as("another user").isEmpty();
    later(Duration.ofSeconds(50));
    assertThat(throttle.blocked("buyer", "10.0.0.4")).isEmpty();
  }

  @Test
  void anAddressIsBlockedAfterItsBoundWhateverNamesItTries() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("guess-" + i, "192.0.2.7");
    }
    assertThat(throttle.blocked("guess-99", "192.0.2.7")).isPresent();
    assertThat(throttle.blocked("guess-99", "192.0.2.8")).isEmpty();
  }

  @Test
  void aSuccessForgetsTheUsersFailures() {
    throttle.failed("buyer", "10.0.0.1");
    throttle.failed("buyer", "10.0.0.1");
    throttle.succeeded("buyer");
    throttle.failed("buyer", "10.0.0.1");
    throttle.failed("buyer", "10.0.0.1");
    assertThat(throttle.blocked("buyer", "10.0.0.9")).isEmpty();
  }

  @Test
  void failuresOutsideTheWindowDoNotCount() {
    throttle.failed("buyer", "10.0.0.1");
    throttle.failed("buyer", "10.0.0.1");
    later(Duration.ofMinutes(1));
    throttle.failed("buyer", "10.0.0.1");
    assertThat(throttle.blocked("buyer", "10.0.0.9")).isEmpty();
  }

  @Test
  void zeroBoundsSwitchTheThrottleOff() {
    LoginThrottle off = new LoginThrottle(0, 0, Duration.ofMinutes(1), now::get);
    for (int i = 0; i < 100; i++) {
      off.failed("buyer", "10.0.0.1");
    }
    assertThat(off.blocked("buyer", "10.0.0.1")).isEmpty();
  }

  @Test
  void theTableOfNamesStaysBoundedUnderASprayOfNames() {
    LoginThrottle wide = new LoginThrottle(3, 0, Duration.ofMinutes(1), now::get);
    for (int i = 0; i < LoginThrottle.MAX_KEYS + 1_000; i++) {
      wide.failed("spray-" + i, "10.0.0.1");
    }
    wide.failed("late", "10.0.0.1");
    wide.failed("late", "10.0.0.1");
    wide.failed("late", "10.0.0.1");
    assertThat(wide.blocked("late", "10.0.0.2")).as("untracked while full").isEmpty();
    later(Duration.ofMinutes(2));
    wide.failed("late", "10.0.0.1");
    wide.failed("late", "10.0.0.1");
    wide.failed("late", "10.0.0.1");
    assertThat(wide.blocked("late", "10.0.0.2"))
        .as("tracked again once old names expired")
        .isPresent();
  }
}
