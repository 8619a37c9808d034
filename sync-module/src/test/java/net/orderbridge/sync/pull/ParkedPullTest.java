package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import org.junit.jupiter.api.Test;

/** A poll reading a parked order again leaves it to the retry, unless Odoo has a newer version. */
class ParkedPullTest {
  private static final Instant FAILED_VERSION = Instant.parse("2026-12-04T10:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-04T10:05:00Z");

  private static RemoteOrder order(Instant writeDate) {
    return new RemoteOrder(
        42, "P00042", "PO-1", writeDate, "draft", false, "notes", 11L, "USD", List.of());
  }

  private static PullFailures.ParkedPull parkedUntil(Instant next) {
    return new PullFailures.ParkedPull(
        42, FAILED_VERSION, 2, "purchase.order 42: too long", FAILED_VERSION, FAILED_VERSION, next);
  }

  @Test
  void theVersionThatFailedWaitsForItsRetry() {
    assertThat(parkedUntil(NOW.plusSeconds(60)).waitsAt(order(FAILED_VERSION), NOW)).isTrue();
  }

  @Test
  void aDueRetryOrANewerVersionIsAppliedAtOnce() {
    assertThat(parkedUntil(NOW.minusSeconds(1)).waitsAt(order(FAILED_VERSION), NOW)).isFalse();
    assertThat(parkedUntil(NOW.plusSeconds(60)).waitsAt(order(NOW), NOW)).isFalse();
  }
}
