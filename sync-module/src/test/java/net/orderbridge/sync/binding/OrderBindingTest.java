package net.orderbridge.sync.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderBindingTest {
  private static final Instant PUSHED = Instant.parse("2026-03-02T10:15:30Z");

  private static OrderBinding boundAt(Instant writeDate) {
    return new OrderBinding(
        UUID.randomUUID(), "PO-1", 11L, "P00011", writeDate, "h", "draft", false, PUSHED, Map.of());
  }

  @Test
  void theWriteDateReadBackAfterOurWriteMeansOdooHasNotChangedTheOrder() {
    assertThat(boundAt(PUSHED).changedInOdooSince(PUSHED)).isFalse();
  }

  @Test
  void aLaterWriteDateIsAnOdooEditWeHaveNotSeen() {
    assertThat(boundAt(PUSHED).changedInOdooSince(PUSHED.plusSeconds(1))).isTrue();
  }

  @Test
  void anUnknownWriteDateCountsAsChanged() {
    assertThat(boundAt(null).changedInOdooSince(PUSHED)).isTrue();
  }
}
