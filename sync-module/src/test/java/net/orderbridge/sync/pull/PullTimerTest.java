package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.orderbridge.sync.odoo.OdooMappingException;
import org.junit.jupiter.api.Test;

/** Each step of a tick fails alone: a hint that throws once kept the poll from ever running. */
class PullTimerTest {
  private final List<String> ran = new ArrayList<>();

  @Test
  void aFailingHintSweepDoesNotKeepThePollFromRunning() {
    PullPurchaseOrders pull =
        new PullPurchaseOrders() {
          @Override
          public int processPendingHints(boolean settleMissing) {
            ran.add("hints");
            throw new OdooMappingException(null, "integer out of XML-RPC range: 99999999999");
          }

          @Override
          public PollResult pollOnce() {
            ran.add("poll");
            return null;
          }

          @Override
          public int retryDueFailures() {
            ran.add("retry");
            throw new IllegalStateException("database gone");
          }
        };
    SettledHintCleanup cleanup =
        () -> {
          ran.add("clean-up");
          return 0;
        };
    PullTimer timer = new PullTimer(pull, null, cleanup, everyThousandTicks());

    timer.tick(null);

    assertThat(ran).containsExactly("hints", "poll", "retry", "clean-up");
  }

  private static PullSettings everyThousandTicks() {
    return new PullSettings(
        Duration.ofSeconds(30),
        Duration.ofSeconds(150),
        500,
        Duration.ofHours(1),
        1,
        () -> "all",
        " ",
        1_000);
  }
}
