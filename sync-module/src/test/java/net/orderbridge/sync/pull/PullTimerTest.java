package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.webhook.CleanWebhookHints;
import org.junit.jupiter.api.Test;

/** Each step of a tick fails alone: a hint that throws once kept the poll from ever running. */
class PullTimerTest {
  private final List<String> ran = new ArrayList<>();

  @Test
  void aFailingHintSweepDoesNotKeepThePollFromRunning() {
    PullTimer timer = new PullTimer();
    timer.reconcileEvery = 1_000;
    timer.pull =
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
    timer.cleanup =
        new CleanWebhookHints() {
          @Override
          public int deleteSettledHints() {
            ran.add("clean-up");
            return 0;
          }
        };

    timer.tick(null);

    assertThat(ran).containsExactly("hints", "poll", "retry", "clean-up");
  }
}
