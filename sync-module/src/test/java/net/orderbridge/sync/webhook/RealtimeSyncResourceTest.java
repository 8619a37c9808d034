package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.fixture.InMemoryWebhookHints;
import net.orderbridge.sync.fixture.MapConfig;
import org.junit.jupiter.api.Test;

/**
 * What operators read at {@code GET /api/sync/realtime} and {@code /hints}: whether the receiver is
 * configured and why not, the limits as they apply now (a malformed one shown as refused), and the
 * parked hints with their reasons, at most 1000 and at least one per page.
 */
class RealtimeSyncResourceTest {
  private static final String TOKEN = "t".repeat(WebhookGate.MIN_TOKEN_LENGTH);
  private static final Instant RECEIVED = Instant.parse("2026-12-07T08:00:00Z");
  private static final WebhookHints.ParkedHint PARKED =
      new WebhookHints.ParkedHint(
          "purchase.order",
          42,
          WebhookHints.MAX_ATTEMPTS,
          "Odoo answered 500",
          RECEIVED,
          RECEIVED.plusSeconds(90));

  private final Parked hints = new Parked();
  private final Map<String, String> config = new HashMap<>();

  @Test
  void parkedHintsAreShownWithTheirReasons() {
    List<WebhookHints.ParkedHint> shown = resource().parkedHints(null);

    assertThat(shown)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.model()).isEqualTo("purchase.order");
              assertThat(p.recordId()).isEqualTo(42);
              assertThat(p.attempts()).isEqualTo(WebhookHints.MAX_ATTEMPTS);
              assertThat(p.reason()).isEqualTo("Odoo answered 500");
              assertThat(p.receivedAt()).isEqualTo(RECEIVED);
              assertThat(p.parkedAt()).isEqualTo(RECEIVED.plusSeconds(90));
            });
    assertThat(hints.limits).containsExactly(100);
  }

  @Test
  void aPageOfParkedHintsHoldsOneToAThousand() {
    RealtimeSyncResource resource = resource();

    resource.parkedHints(0);
    resource.parkedHints(-5);
    resource.parkedHints(25);
    resource.parkedHints(1000);
    resource.parkedHints(1001);

    assertThat(hints.limits).containsExactly(1, 1, 25, 1000, 1000);
  }

  @Test
  void aConfiguredReceiverShowsItsLimitsAndParkedCount() {
    config.put("WEBHOOK_TOKEN", TOKEN);
    config.put("WEBHOOK_ALLOWED_ADDRESSES", "10.0.0.0/8");
    config.put("WEBHOOK_REPLAY_WINDOW", "PT5M");

    RealtimeSyncResource.RealtimeView view = resource().status();

    assertThat(view.configured()).isTrue();
    assertThat(view.enabled()).isTrue();
    assertThat(view.problem()).isNull();
    assertThat(view.allowedAddresses()).isEqualTo("[10.0.0.0/8]");
    assertThat(view.maxPending()).isEqualTo("10000");
    assertThat(view.replayWindow()).isEqualTo("PT5M");
    assertThat(view.hintRetention()).isEqualTo("PT168H");
    assertThat(view.parkedHints()).isEqualTo(1);
  }

  @Test
  void aShortTokenAndAMalformedSettingAreShownWithWhy() {
    config.put("WEBHOOK_TOKEN", "short");
    config.put("WEBHOOK_ALLOWED_ADDRESSES", "office.example");

    RealtimeSyncResource.RealtimeView view = resource().status();

    assertThat(view.configured()).isFalse();
    assertThat(view.problem()).contains("5 characters");
    assertThat(view.allowedAddresses()).startsWith("refused: ").contains("office.example");
    assertThat(view.replayWindow()).isEqualTo("off");
  }

  private RealtimeSyncResource resource() {
    MapConfig values = new MapConfig(config);
    return new RealtimeSyncResource(hints, new WebhookGate(values), new WebhookSettings(values));
  }

  /** The queue with one parked hint, recording the page sizes it is asked for. */
  private static final class Parked extends InMemoryWebhookHints {
    final List<Integer> limits = new ArrayList<>();

    @Override
    public List<ParkedHint> parked(int limit) {
      limits.add(limit);
      return List.of(PARKED);
    }

    @Override
    public long countParked() {
      return 1;
    }
  }
}
